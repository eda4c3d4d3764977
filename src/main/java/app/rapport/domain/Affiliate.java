package app.rapport.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Commission on sales and/or a discount code for the creator's audience.
 *
 * @param commissionPercent e.g. 10 for 10 %, {@code null} when only a code is given
 */
public record Affiliate(BigDecimal commissionPercent, String discountCode, LocalDate expiresOn) {

    public Affiliate {
        discountCode = Text.blankToNull(discountCode);
        if (commissionPercent == null && discountCode == null) {
            throw new RuleViolation("Give a commission, a discount code, or both.");
        }
        if (commissionPercent != null && (commissionPercent.signum() < 0
                || commissionPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new RuleViolation("The commission must be between 0 and 100 %.");
        }
    }
}
