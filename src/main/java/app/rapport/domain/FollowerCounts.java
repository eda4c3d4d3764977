package app.rapport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Follower counts as people write them ("12,400", "12.4K", "1.2M") and as the app shows them. */
public final class FollowerCounts {

    private static final Pattern ABBREVIATED = Pattern.compile("(?i)^(\\d+(?:[.,]\\d+)?)\\s*([kmb])$");
    private static final Pattern GROUPED = Pattern.compile("^\\d{1,3}(?:[ ,.\u00a0\u202f']\\d{3})+$|^\\d+$");

    private FollowerCounts() {
    }

    /**
     * Reads a follower count; empty text is "unknown" ({@link Optional#empty()}).
     *
     * @throws NumberFormatException when the text is not a count
     */
    public static Optional<Long> parse(String text) {
        String t = Text.blankToNull(text);
        if (t == null) {
            return Optional.empty();
        }
        Matcher abbreviated = ABBREVIATED.matcher(t);
        if (abbreviated.matches()) {
            BigDecimal number = new BigDecimal(abbreviated.group(1).replace(',', '.'));
            int power = switch (Character.toLowerCase(abbreviated.group(2).charAt(0))) {
                case 'k' -> 3;
                case 'm' -> 6;
                default -> 9;
            };
            return Optional.of(number.movePointRight(power).setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
        if (GROUPED.matcher(t).matches()) {
            return Optional.of(Long.parseLong(t.replaceAll("\\D", "")));
        }
        throw new NumberFormatException("Not a follower count: " + t);
    }

    /** "950", "12.4K", "1.2M", "3B": one decimal at most, no trailing ".0". */
    public static String abbreviate(Long count) {
        if (count == null) {
            return "";
        }
        long n = count;
        DecimalFormat oneDecimal = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        oneDecimal.setRoundingMode(RoundingMode.DOWN);
        if (n >= 1_000_000_000L) {
            return oneDecimal.format(n / 1e9) + "B";
        }
        if (n >= 1_000_000L) {
            return oneDecimal.format(n / 1e6) + "M";
        }
        if (n >= 1_000L) {
            return oneDecimal.format(n / 1e3) + "K";
        }
        return Long.toString(n);
    }
}
