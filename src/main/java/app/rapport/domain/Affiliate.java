package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
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
            throw new RuleViolation(DomainTexts.text("affiliate.empty"));
        }
        if (commissionPercent != null && (commissionPercent.signum() < 0
                || commissionPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new RuleViolation(DomainTexts.text("affiliate.commissionRange"));
        }
    }
}
