package app.rapport.domain.search;

import java.math.BigDecimal;

/**
 * The numbers a numeric filter keeps: {@code <50k}, {@code >=4}, {@code 10k..50k} or one value.
 * A missing end is open.
 */
public record NumberRange(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {

    public static NumberRange exactly(BigDecimal value) {
        return new NumberRange(value, true, value, true);
    }

    /** Whether the number is in the range; an unknown number never is. */
    public boolean contains(BigDecimal value) {
        if (value == null) {
            return false;
        }
        if (min != null) {
            int c = value.compareTo(min);
            if (c < 0 || (c == 0 && !minInclusive)) {
                return false;
            }
        }
        if (max != null) {
            int c = value.compareTo(max);
            return c < 0 || (c == 0 && maxInclusive);
        }
        return true;
    }

    public boolean contains(long value) {
        return contains(BigDecimal.valueOf(value));
    }
}
