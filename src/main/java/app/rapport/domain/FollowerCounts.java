package app.rapport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follower counts as people write them ("12,400", "12.4K", "1,2 Mio.", "3 mil") and as the app shows them: read
 * from files in any notation, typed and shown in the user's locale.
 */
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
    /**
     * Units one language writes that would mean something else elsewhere: "mil" is a thousand in Spanish and
     * Portuguese ("12,4 mil") but a million to English speakers; "mi" and "bi" are Brazilian millions and billions;
     * Spanish counts billions as thousands of millions ("2,5 mil M").
     */
    private static final Map<String, Map<String, Integer>> UNITS_BY_LANGUAGE = Map.of(
            "es", Map.of("mil", 3, "mill", 6, "mm", 6, "milm", 9),
            "pt", Map.of("mil", 3, "mi", 6, "bi", 9),
            "it", Map.of("mila", 3, "mld", 9),
            "fr", Map.of("md", 9, "mds", 9, "mrd", 9));
    /** A typed count: a number with marks between its digits, then perhaps a unit and its full stop. */
    private static final Pattern TYPED = Pattern.compile(
            "(?iu)^(\\d(?:[\\d.,\\s\u00a0\u202f'’]*\\d)?)[\\s\u00a0\u202f]*"
            + "(\\p{L}{1,9}?(?:[\\s\u00a0]+\\p{L}{1,3})?)??\\.?\\s*(?:人|명)?$");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u202f'’]");
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

    /**
     * Reads a count as a user of {@code locale} types it: its decimal mark makes a fraction of a unit ("12,4K" in
     * German, "12.4K" in English) and its grouping mark separates thousands ("12.400" in German, "12,400" in
     * English); spaces and apostrophes group in every locale. The other mark is read where only one reading is
     * possible ("12.4K" in German). A count without a unit is whole, so "12,400" is refused in German.
     *
     * @throws NumberFormatException when the text is not a count in that locale
     */
    public static Optional<Long> parse(String text, Locale locale) {
        String t = Text.blankToNull(text);
        if (t == null) {
            return Optional.empty();
        }
        Matcher typed = TYPED.matcher(t);
        if (!typed.matches()) {
            throw new NumberFormatException("Not a follower count: " + t);
        }
        Integer power = 0;
        if (typed.group(2) != null) {
            power = units(locale).get(SPACES.matcher(typed.group(2)).replaceAll("").toLowerCase(Locale.ROOT));
            if (power == null) {
                throw new NumberFormatException("Not a follower count: " + t);
            }
        }
        BigDecimal number = LocalNumbers.read(SPACES.matcher(typed.group(1)).replaceAll(""), locale, power > 0)
                .orElseThrow(() -> new NumberFormatException("Not a follower count: " + t));
        BigDecimal count = number.movePointRight(power);
        if (power == 0 && count.stripTrailingZeros().scale() > 0) {
            throw new NumberFormatException("Not a whole follower count: " + t);
        }
        return Optional.of(count.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static Map<String, Integer> units(Locale locale) {
        Map<String, Integer> units = new HashMap<>(UNITS);
        units.putAll(UNITS_BY_LANGUAGE.getOrDefault(locale.getLanguage(), Map.of()));
        return units;
    }

    /**
     * A count as {@code locale} writes it short: "12.4K" and "1.2M" in English, "12,4 k" in French, "1,2 Mio." in
     * German, with one decimal at most, cut rather than rounded so that 999,999 never shows as a million. Where the
     * locale keeps thousands whole (German and Italian write "12.400") they stay whole, grouped.
     */
    public static String abbreviate(Long count, Locale locale) {
        if (count == null) {
            return "";
        }
        NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(1);
        compact.setRoundingMode(RoundingMode.DOWN);
        compact.setGroupingUsed(true);
        return compact.format(count);
    }

    /** "950", "12.4K", "1.2M", "3B": one decimal at most, no trailing ".0", the same in every locale. */
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
