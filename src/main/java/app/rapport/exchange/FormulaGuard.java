package app.rapport.exchange;

import java.util.regex.Pattern;

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV Injection"): a text cell that begins with
 * {@code = + - @}, tab, CR or LF is prefixed with an apostrophe, so Excel and LibreOffice show it as text
 * instead of running it. Phone numbers such as {@code +44 7700 900123} are left as they are: digits and
 * punctuation alone cannot call a function, and an apostrophe would spoil them.
 */
public final class FormulaGuard {

    private static final Pattern PHONE = Pattern.compile("\\+[0-9 ()./-]+");

    private FormulaGuard() {
    }

    /** Whether a spreadsheet could read the text as a formula. */
    public static boolean isRisky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (PHONE.matcher(text).matches()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n';
    }

    /** The text as a spreadsheet should store it. */
    public static String escape(String text) {
        return isRisky(text) ? "'" + text : text;
    }
}
