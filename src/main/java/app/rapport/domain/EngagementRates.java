package app.rapport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/** Engagement rates in percent: "3.2", "3.2 %", "3,2%". */
public final class EngagementRates {

    private EngagementRates() {
    }

    /**
     * Reads an engagement rate in percent; empty text is "unknown".
     *
     * @throws NumberFormatException when the text is not a number
     */
    public static Optional<BigDecimal> parse(String text) {
        return parse(text, false);
    }

    /**
     * The same; a fraction ("0.0256") is read as percent (2.56) before it is rounded, so no decimal is lost.
     *
     * @throws NumberFormatException when the text is not a number
     */
    public static Optional<BigDecimal> parse(String text, boolean fraction) {
        String t = Text.blankToNull(text);
        if (t == null) {
            return Optional.empty();
        }
        // A rate is never grouped, so either mark is its decimal mark; the locales' spaces before "%" go too.
        String number = t.replaceAll("[%\\s\u00a0\u202f]", "").replace(',', '.');
        BigDecimal rate = new BigDecimal(number);
        return Optional.of(normalize(fraction ? rate.movePointRight(2) : rate));
    }

    /** Keeps three decimals at most and drops trailing zeros, so equal rates compare equal. */
    public static BigDecimal normalize(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        BigDecimal rounded = rate.scale() > 3 ? rate.setScale(3, RoundingMode.HALF_UP) : rate;
        BigDecimal stripped = rounded.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** "4.2%" in English, "4,2 %" in German and French: the locale's way, up to three decimals; "" when unknown. */
    public static String format(BigDecimal rate, Locale locale) {
        if (rate == null) {
            return "";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(3);
        return percent.format(normalize(rate).movePointLeft(2));
    }

    /** "3.2 %", the same in every locale (files and copied summaries), or "" when unknown. */
    public static String format(BigDecimal rate) {
        return rate == null ? "" : normalize(rate).toPlainString() + " %";
    }
}
