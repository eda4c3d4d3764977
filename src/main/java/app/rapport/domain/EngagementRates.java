package app.rapport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
        String t = Text.blankToNull(text);
        if (t == null) {
            return Optional.empty();
        }
        String number = t.replace("%", "").strip().replace(',', '.');
        return Optional.of(normalize(new BigDecimal(number)));
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

    /** "3.2 %", or "" when unknown. */
    public static String format(BigDecimal rate) {
        return rate == null ? "" : normalize(rate).toPlainString() + " %";
    }
}
