package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign: a goal, a budget in one currency, who it targets, and the rates the user entered to count
 * other currencies against the budget.
 */
public record Campaign(
        Long id,
        String name,
        String brief,
        LocalDate startOn,
        LocalDate endOn,
        Money budget,
        List<String> targetNiches,
        Set<Platform> targetPlatforms,
        Status status,
        List<ExchangeRate> rates,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** A campaign not read from the workspace (version 0). */
    public Campaign(Long id, String name, String brief, LocalDate startOn, LocalDate endOn, Money budget,
            List<String> targetNiches, Set<Platform> targetPlatforms, Status status, List<ExchangeRate> rates,
            Instant createdAt, Instant updatedAt) {
        this(id, name, brief, startOn, endOn, budget, targetNiches, targetPlatforms, status, rates, createdAt,
                updatedAt, 0);
    }

    /** Where the campaign is in its life. */
    public enum Status {
        PLANNING, ACTIVE, DONE, ARCHIVED;

        /** Where the campaign is, in the user's language. */
        public String label() {
            return DomainTexts.text("campaign.status." + name());
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /**
     * One unit of {@code from} is worth {@code rate} units of the budget currency, as of a day.
     */
    public record ExchangeRate(Currency from, BigDecimal rate, LocalDate asOf) {
        public ExchangeRate {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(rate, "rate");
            if (rate.signum() <= 0) {
                throw new RuleViolation(DomainTexts.text("campaign.rateNotPositive"));
            }
        }
    }

    public Campaign {
        name = name == null ? "" : name.strip();
        brief = Text.blankToNull(brief);
        targetNiches = Tags.clean(targetNiches);
        targetPlatforms = Set.copyOf(targetPlatforms == null ? Set.of() : targetPlatforms);
        status = status == null ? Status.PLANNING : status;
        rates = List.copyOf(rates == null ? List.of() : rates);
    }

    /** Checks the campaign before it is saved. */
    public void check() {
        if (name.isEmpty()) {
            throw new RuleViolation(DomainTexts.text("campaign.nameMissing"));
        }
        if (budget == null) {
            throw new RuleViolation(DomainTexts.text("campaign.budgetMissing"));
        }
        if (budget.amount().signum() < 0) {
            throw new RuleViolation(DomainTexts.text("campaign.budgetNegative"));
        }
        if (startOn != null && endOn != null && endOn.isBefore(startOn)) {
            throw new RuleViolation(DomainTexts.text("campaign.endsBeforeStart"));
        }
        long distinct = rates.stream().map(ExchangeRate::from).distinct().count();
        if (distinct != rates.size()) {
            throw new RuleViolation(DomainTexts.text("campaign.rateTwice"));
        }
        if (rates.stream().anyMatch(r -> r.from().equals(budget.currency()))) {
            throw new RuleViolation(DomainTexts.text("campaign.rateForBudgetCurrency"));
        }
    }

    /** The rate for a currency into the budget currency (1 for the budget currency itself). */
    public Optional<BigDecimal> rateFor(Currency currency) {
        if (budget != null && budget.currency().equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        return rates.stream().filter(r -> r.from().equals(currency)).map(ExchangeRate::rate).findFirst();
    }

    public Campaign withId(Long newId) {
        return new Campaign(newId, name, brief, startOn, endOn, budget, targetNiches, targetPlatforms, status, rates,
                createdAt, updatedAt, version);
    }

    /** A copy to start a similar campaign from: same brief, targets, budget and rates; new name, no dates. */
    public Campaign asTemplate(String newName) {
        return new Campaign(null, newName, brief, null, null, budget, targetNiches, targetPlatforms,
                Status.PLANNING, rates, null, null);
    }
}
