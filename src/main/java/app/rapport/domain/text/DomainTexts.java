package app.rapport.domain.text;

/**
 * What the layers below the window say to a user (labels, rule messages, import and check reports), from the
 * bundle {@code domain/messages*.properties} in the user's language; the window and the command line show these
 * sentences as they come.
 */
public final class DomainTexts {

    /** The bundle of the domain, service, exchange and store layers. */
    public static final String BUNDLE = "app.rapport.domain.messages";

    private DomainTexts() {
    }

    /** The sentence under {@code key}, filled in with {@code arguments}. */
    public static String text(String key, Object... arguments) {
        return Messages.format(BUNDLE, key, arguments);
    }
}
