package app.rapport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Follower counts as people write them ("12,400", "12.4K", "1.2M") and as the app shows them. */
public final class FollowerCounts {

    /**
     * Units people write after a count, as powers of ten: "12.4K", "1,2 Mio.", "6,4 tys.", "12,4 bin", "7,8 tn",
     * "1.2 lakh", "2 Cr", and the myriads of Japanese, Chinese and Korean: "3.2万", "12.8w", "1.5億", "3.2만".
     */
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("k", 3), Map.entry("tsd", 3), Map.entry("tys", 3), Map.entry("bin", 3), Map.entry("tn", 3),
            Map.entry("tusen", 3), Map.entry("千", 3), Map.entry("천", 3),
            Map.entry("万", 4), Map.entry("萬", 4), Map.entry("만", 4), Map.entry("w", 4),
            Map.entry("lakh", 5), Map.entry("lac", 5), Map.entry("l", 5),
            Map.entry("m", 6), Map.entry("mn", 6), Map.entry("mio", 6), Map.entry("mln", 6), Map.entry("milj", 6),
            Map.entry("million", 6), Map.entry("millionen", 6), Map.entry("millones", 6), Map.entry("milioni", 6),
            Map.entry("cr", 7), Map.entry("crore", 7),
            Map.entry("億", 8), Map.entry("亿", 8), Map.entry("억", 8),
            Map.entry("b", 9), Map.entry("bn", 9), Map.entry("mrd", 9));
    private static final Pattern ABBREVIATED = Pattern.compile(
            "(?iu)^(\\d+(?:[.,]\\d+)?)\\s*(\\p{L}{1,9}?)\\.?\\s*(?:人|명)?$");
    /** "12,400", "12.400", "12 400", "12'400", the Indian "3,18,715", or digits; a trailing 人/명 counts people. */
    private static final Pattern GROUPED = Pattern.compile("^(?:\\d{1,3}(?:[ ,.\u00a0\u202f']\\d{3})+"
            + "|\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d+)(?:\\s*(?:人|명))?$");

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
        if (abbreviated.matches() && UNITS.containsKey(abbreviated.group(2).toLowerCase(Locale.ROOT))) {
            BigDecimal number = new BigDecimal(abbreviated.group(1).replace(',', '.'));
            int power = UNITS.get(abbreviated.group(2).toLowerCase(Locale.ROOT));
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
