package app.rapport.cli;

import app.rapport.domain.text.Messages;

/** What the commands say, from the command line's bundle ({@code cli/messages*.properties}) in the user's language. */
final class Say {

    private Say() {
    }

    /** The sentence under {@code key}, filled in with {@code arguments}. */
    static String say(String key, Object... arguments) {
        return Messages.format(RapportCommand.MESSAGES, key, arguments);
    }
}
