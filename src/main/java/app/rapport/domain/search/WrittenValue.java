package app.rapport.domain.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A filter's value as typed after the colon: alternatives separated by commas ("or"), any of them in quotes so
 * that spaces and commas stay inside it ({@code "United States",Spain}, {@code "Holiday, 2026",Spring}).
 */
final class WrittenValue {

    private WrittenValue() {
    }

    /**
     * The alternatives, quotes removed, blanks around each dropped.
     *
     * @param digitsGroup whether a comma between two digits belongs to the number ({@code 1,000,000},
     *                    {@code 1,5m}) rather than separating two alternatives: so for numeric keys
     */
    static List<String> alternatives(String written, boolean digitsGroup) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted && !(digitsGroup && betweenDigits(written, i))) {
                add(values, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        add(values, current);
        return values;
    }

    /**
     * The value to keep as the term's own (what a chip shows): the phrase itself when the whole value is one quoted
     * phrase ({@code "Holiday gifts"}), else the value as typed, quotes and all, so it can be written back.
     */
    static String raw(String written) {
        if (written.length() >= 2 && written.charAt(0) == '"' && written.indexOf('"', 1) == written.length() - 1) {
            return written.substring(1, written.length() - 1);
        }
        return written;
    }

    /**
     * Whether the text is already a value written with quotes, as {@link #raw} keeps a typed list
     * ({@code "United States",Spain}): quotes paired and every blank inside them, so it reads back as typed.
     */
    static boolean isWrittenWithQuotes(String text) {
        if (text.indexOf('"') < 0) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && Character.isWhitespace(c)) {
                return false;
            }
        }
        return !quoted;
    }

    /** Whether the comma at {@code at} has a digit on each side. */
    static boolean betweenDigits(String text, int at) {
        return at > 0 && at + 1 < text.length() && isDigit(text.charAt(at - 1)) && isDigit(text.charAt(at + 1));
    }

    /** 0 to 9: the digits follower counts are written in. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void add(List<String> values, StringBuilder value) {
        String v = value.toString().strip();
        if (!v.isEmpty()) {
            values.add(v);
        }
    }
}
