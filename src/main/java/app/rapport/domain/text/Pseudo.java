package app.rapport.domain.text;

/**
 * The pseudo-language: "Save" becomes "[Šåṽé ·]", every letter accented, 40 % longer and bracketed, while
 * what the program fills in ({@code {0}}, {@code {0,number}}, {@code %n}, {@code %s}) is left as it is. A text
 * without the brackets on screen did not come from a bundle; one whose closing bracket is missing was cut.
 */
public final class Pseudo {

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "åƀçđéƒĝĥîĵķļɱñöƥǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ";

    private Pseudo() {
    }

    public static String of(String text) {
        // Line breaks and spaces at the ends stay outside the brackets, where the layout expects them.
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1))
                || end > 1 && text.startsWith("%n", end - 2))) {
            end -= Character.isWhitespace(text.charAt(end - 1)) ? 1 : 2;
        }
        String trailing = text.substring(end);
        text = text.substring(0, end);
        StringBuilder s = new StringBuilder(text.length() * 3 / 2 + 4).append('[');
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
            boolean formatCode = c == '%' || i > 0 && text.charAt(i - 1) == '%';
            int at = PLAIN.indexOf(c);
            if (depth == 0 && !formatCode && at >= 0) {
                s.append(ACCENTED.charAt(at));
            } else {
                s.append(c);
            }
        }
        int padding = Math.max(1, (text.length() * 2 + 4) / 5);
        s.append(' ');
        s.append("·".repeat(padding));
        return s.append(']').append(trailing).toString();
    }
}
