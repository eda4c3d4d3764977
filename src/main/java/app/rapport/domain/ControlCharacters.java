package app.rapport.domain;

/**
 * Characters no contact field should hold: C0 controls (NUL, bell, escape …) other than tab and line breaks,
 * DEL, the non-characters U+FFFE and U+FFFF, and halves of a surrogate pair standing alone. They arrive in files
 * from broken exports; PostgreSQL refuses NUL, and an XLSX shows each as "?".
 */
public final class ControlCharacters {

    /**
     * Text with those characters removed.
     *
     * @param text    the text, without them
     * @param removed how many were removed (tabs and line breaks turned into spaces are not counted)
     */
    public record Cleaned(String text, int removed) {
    }

    private ControlCharacters() {
    }

    /**
     * Removes the characters no field should hold; keeps tab and line breaks when the field allows them (notes),
     * else turns each into a space.
     */
    public static Cleaned clean(String text, boolean keepLineBreaks) {
        if (text == null || isPlain(text)) {
            return new Cleaned(text, 0);
        }
        StringBuilder kept = new StringBuilder(text.length());
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                kept.append(keepLineBreaks ? c : ' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (isUnwanted(c)) {
                removed++;
            } else {
                kept.append(c);
            }
        }
        return new Cleaned(kept.toString(), removed);
    }

    /** The text as a file may show it: unwanted characters removed, tab and line breaks kept. */
    public static String strip(String text) {
        return clean(text, true).text();
    }

    /** A quick look that passes almost every value: nothing below a space, no DEL, nothing from U+D800 up. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c >= 0xD800) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnwanted(char c) {
        return c < 0x20 || c == 0x7F || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c);
    }
}
