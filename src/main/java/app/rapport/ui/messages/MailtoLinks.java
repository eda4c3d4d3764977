package app.rapport.ui.messages;

import app.rapport.domain.Message;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds {@code mailto:} addresses that mail programs read the same way (RFC 6068). */
final class MailtoLinks {

    private MailtoLinks() {
    }

    static String of(String email, Message message) {
        return "mailto:" + encode(email).replace("%40", "@") + "?subject=" + encode(message.subject())
                + "&body=" + encode(message.body().replace("\r\n", "\n").replace("\n", "\r\n"));
    }

    private static String encode(String text) {
        // URLEncoder writes form encoding; mailto wants %20 for spaces.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
