package app.rapport.domain;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Numbers as people of one locale write them: which of "." and "," marks the decimals and which the thousands. */
public final class LocalNumbers {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private LocalNumbers() {
    }

    /** "12,400" in English, "12.400" in German, "12 400" in French. */
    public static String whole(long number, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }

    /** A number to edit: every digit kept, the locale's decimal mark, no grouping ("3,25" in German). */
    public static String plain(BigDecimal number, Locale locale) {
        String digits = number.toPlainString();
        return decimalMark(locale) == ',' ? digits.replace('.', ',') : digits;
    }

    /** The mark {@code locale} writes before decimals: "," or "." (a point where it writes neither). */
    public static char decimalMark(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ',' : '.';
    }

    /**
     * Reads digits with "." and "," between them (spaces already taken out) the way {@code locale} writes them.
     * The mark that is not the locale's decimal mark groups thousands, in groups of three. With
     * {@code unitFollows} ("12.4K" typed by a German) that other mark before one or two last digits is read as a
     * decimal mark too, as no one groups so.
     *
     * @return the number, or empty when it is not one in that locale
     */
    static Optional<BigDecimal> read(String number, Locale locale, boolean unitFollows) {
        char decimal = decimalMark(locale);
        char grouping = decimal == ',' ? '.' : ',';
        int at = number.indexOf(decimal);
        if (at != number.lastIndexOf(decimal)) {
            return Optional.empty();
        }
        String whole = at < 0 ? number : number.substring(0, at);
        String fraction = at < 0 ? "" : number.substring(at + 1);
        if (whole.indexOf(grouping) >= 0) {
            String[] groups = whole.split(Pattern.quote(String.valueOf(grouping)), -1);
            boolean thousands = groups[0].length() >= 1 && groups[0].length() <= 3;
            for (int i = 1; i < groups.length; i++) {
                thousands &= groups[i].length() == 3;
            }
            if (thousands) {
                whole = whole.replace(String.valueOf(grouping), "");
            } else if (unitFollows && at < 0 && groups.length == 2 && !groups[0].isEmpty()
                    && groups[1].length() <= 2) {
                whole = groups[0];
                fraction = groups[1];
            } else {
                return Optional.empty();
            }
        }
        if (!DIGITS.matcher(whole).matches() || !(fraction.isEmpty() || DIGITS.matcher(fraction).matches())
                || (at >= 0 && fraction.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction));
    }
}
