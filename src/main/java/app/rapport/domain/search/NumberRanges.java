package app.rapport.domain.search;

import app.rapport.domain.EngagementRates;
import app.rapport.domain.FollowerCounts;
import app.rapport.domain.text.DomainTexts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The numbers of {@code followers:}, {@code engagement:} and {@code fit:} as ranges, one per alternative
 * ({@code followers:<10k,>1m} is two). Follower counts are read as people write them: {@code 1,000,000},
 * {@code 1.000.000}, {@code 1 000 000}, {@code 1,5m}.
 */
final class NumberRanges {

    /** The ranges read, or why they could not be. */
    record Reading(List<NumberRange> ranges, String problem) {
    }

    private NumberRanges() {
    }

    /** Reads each alternative of a numeric filter; {@code fit:none} is no range (the filter asks for no rating). */
    static Reading read(QueryKey key, List<String> values) {
        List<NumberRange> ranges = new ArrayList<>();
        for (String value : values) {
            if (key == QueryKey.FIT && value.equalsIgnoreCase("none")) {
                continue;
            }
            NumberRange range = switch (key) {
                case FOLLOWERS -> range(value, NumberRanges::followers);
                case ENGAGEMENT -> range(value, NumberRanges::percent);
                default -> range(value, NumberRanges::rating);
            };
            if (range == null) {
                return new Reading(List.of(), problem(key, value));
            }
            ranges.add(range);
        }
        return new Reading(ranges, null);
    }

    private static String problem(QueryKey key, String value) {
        return switch (key) {
            case FOLLOWERS -> hasCommaBetweenDigits(value)
                    ? DomainTexts.text("search.commaInNumber", value)
                    : DomainTexts.text("search.followersNumber");
            case ENGAGEMENT -> DomainTexts.text("search.engagementNumber");
            default -> DomainTexts.text("search.fitNumber");
        };
    }

    private static boolean hasCommaBetweenDigits(String value) {
        for (int i = value.indexOf(','); i >= 0; i = value.indexOf(',', i + 1)) {
            if (WrittenValue.betweenDigits(value, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code <x}, {@code <=x}, {@code >x}, {@code >=x}, {@code =x}, {@code x..y} or {@code x} as a range; null when
     * unreadable.
     */
    static NumberRange range(String value, Function<String, BigDecimal> number) {
        try {
            String v = value.strip();
            for (String op : List.of(">=", "<=", ">", "<", "=")) {
                if (v.startsWith(op)) {
                    BigDecimal n = number.apply(v.substring(op.length()).strip());
                    return switch (op) {
                        case ">=" -> new NumberRange(n, true, null, false);
                        case "<=" -> new NumberRange(null, false, n, true);
                        case ">" -> new NumberRange(n, false, null, false);
                        case "<" -> new NumberRange(null, false, n, false);
                        default -> NumberRange.exactly(n);
                    };
                }
            }
            int dots = v.indexOf("..");
            if (dots >= 0) {
                String low = v.substring(0, dots).strip();
                String high = v.substring(dots + 2).strip();
                if (low.isEmpty() && high.isEmpty()) {
                    return null;
                }
                return new NumberRange(low.isEmpty() ? null : number.apply(low), true,
                        high.isEmpty() ? null : number.apply(high), true);
            }
            return NumberRange.exactly(number.apply(v));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static BigDecimal followers(String text) {
        return BigDecimal.valueOf(FollowerCounts.parse(text).orElseThrow());
    }

    private static BigDecimal percent(String text) {
        return EngagementRates.parse(text).orElseThrow();
    }

    private static BigDecimal rating(String text) {
        int rating = Integer.parseInt(text.strip());
        if (rating < 1 || rating > 5) {
            throw new NumberFormatException("out of range");
        }
        return BigDecimal.valueOf(rating);
    }
}
