package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One payment of a deal: a fixed due day, or a rule such as "Net 30 after content live".
 *
 * @param dueOn      a fixed due day, or {@code null} when {@code dueRule} decides
 * @param dueRule    "N days after a stage", used when there is no fixed day
 * @param paidOn     the day it was paid, {@code null} while outstanding
 */
public record Instalment(Long id, Money amount, LocalDate dueOn, DueRule dueRule, String method, String invoiceRef,
        LocalDate paidOn) {

    /** "Net N after stage": due N days after the deal reached the stage. */
    public record DueRule(int days, DealStage after) {
        public DueRule {
            Objects.requireNonNull(after, "after");
            if (days < 0 || days > 3650) {
                throw new RuleViolation(DomainTexts.text("instalment.netDaysRange", 0, 3650));
            }
        }

        @Override
        public String toString() {
            return DomainTexts.text("instalment.dueRule." + after.name(), days);
        }
    }

    public Instalment {
        Objects.requireNonNull(amount, "amount");
        method = Text.blankToNull(method);
        invoiceRef = Text.blankToNull(invoiceRef);
        if (amount.amount().signum() <= 0) {
            throw new RuleViolation(DomainTexts.text("instalment.amountNotPositive"));
        }
        if (dueOn != null) {
            dueRule = null;
        }
    }

    public boolean isPaid() {
        return paidOn != null;
    }

    /**
     * The day it falls due: the fixed day, or the rule applied to the day the deal reached the stage;
     * empty while that stage has not been reached.
     */
    public Optional<LocalDate> dueDate(Map<DealStage, LocalDate> stageReached) {
        if (dueOn != null) {
            return Optional.of(dueOn);
        }
        if (dueRule == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(stageReached.get(dueRule.after())).map(day -> day.plusDays(dueRule.days()));
    }

    public Instalment paid(LocalDate day) {
        return new Instalment(id, amount, dueOn, dueRule, method, invoiceRef, day);
    }
}
