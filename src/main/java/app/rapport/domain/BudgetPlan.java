package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a campaign will cost and has cost, in its budget currency.
 *
 * <p>Rounding: each amount is converted on its own, {@code amount × rate} rounded half-even to the budget
 * currency's minor unit, and the rounded amounts are added. Amounts in a currency the campaign has no rate for
 * are not counted; they are listed in {@link #unconverted}, never dropped silently.
 *
 * @param planned        the plan of every shortlisted creator who is not a backup (fee and gift value)
 * @param committed      fee and gift value of the campaign's deals from Agreed on (not cancelled)
 * @param paid           paid instalments of the campaign's deals
 * @param gifted         gift value within {@code committed}
 * @param remaining      budget less committed less the plans not yet committed
 * @param reachCommitted followers on the target platforms of creators with a committed deal
 * @param reachPlanned   followers on the target platforms of shortlisted creators (not backups)
 */
public record BudgetPlan(Money budget, Money planned, Money committed, Money paid, Money gifted, Money remaining,
        MoneyTotals unconverted, List<String> warnings, long reachCommitted, long reachPlanned) {

    private static final Set<DealStage> COMMITTED = EnumSet.of(DealStage.AGREED, DealStage.PRODUCT_SENT,
            DealStage.CONTENT_LIVE, DealStage.COMPLETED);

    /** Works out the figures of a campaign from its shortlist, its deals and the creators' audiences. */
    public static BudgetPlan of(Campaign campaign, Collection<ShortlistEntry> shortlist, Collection<Deal> deals,
            Map<Long, Influencer> contacts, Locale locale) {
        Converter to = new Converter(campaign);
        Set<Long> committedDealIds = new HashSet<>();
        Set<Long> committedContacts = new HashSet<>();
        Money committed = to.zero();
        Money gifted = to.zero();
        Money paid = to.zero();
        for (Deal deal : deals) {
            if (deal.stage() == DealStage.CANCELLED) {
                continue;
            }
            for (Instalment i : deal.instalments()) {
                if (i.isPaid()) {
                    paid = paid.plus(to.convert(i.amount()));
                }
            }
            if (COMMITTED.contains(deal.stage())) {
                committedDealIds.add(deal.id());
                committedContacts.add(deal.contactId());
                committed = committed.plus(to.convert(deal.fee()));
                Money gift = to.convert(deal.gift() == null ? null : deal.gift().retailValue());
                committed = committed.plus(gift);
                gifted = gifted.plus(gift);
            }
        }
        Money planned = to.zero();
        Money notYetCommitted = to.zero();
        Set<Long> plannedContacts = new HashSet<>();
        for (ShortlistEntry entry : shortlist) {
            if (entry.backup()) {
                continue;
            }
            plannedContacts.add(entry.contactId());
            Money plan = to.convert(entry.plannedFee()).plus(to.convert(entry.plannedGiftValue()));
            planned = planned.plus(plan);
            if (entry.dealId() == null || !committedDealIds.contains(entry.dealId())) {
                notYetCommitted = notYetCommitted.plus(plan);
            }
        }
        Money budget = campaign.budget();
        Money remaining = new Money(budget.amount().subtract(committed.amount()).subtract(notYetCommitted.amount()),
                budget.currency());
        List<String> warnings = new ArrayList<>();
        if (planned.amount().compareTo(budget.amount()) > 0) {
            warnings.add(DomainTexts.text("budget.planOver", over(planned, budget).format(locale)));
        }
        if (committed.amount().compareTo(budget.amount()) > 0) {
            warnings.add(DomainTexts.text("budget.committedOver", over(committed, budget).format(locale)));
        }
        if (!to.unconverted.isEmpty()) {
            warnings.add(DomainTexts.text("budget.notCounted", String.join(", ", to.unconverted.amounts().stream()
                    .map(m -> m.currency().getCurrencyCode()).toList())));
        }
        return new BudgetPlan(budget, planned, committed, paid, gifted, remaining, to.unconverted,
                List.copyOf(warnings), reach(committedContacts, contacts, campaign),
                reach(plannedContacts, contacts, campaign));
    }

    private static Money over(Money amount, Money budget) {
        return new Money(amount.amount().subtract(budget.amount()), budget.currency());
    }

    /** Followers on the campaign's target platforms (all platforms when it targets none). */
    private static long reach(Set<Long> contactIds, Map<Long, Influencer> contacts, Campaign campaign) {
        long sum = 0;
        for (Long id : contactIds) {
            Influencer c = contacts.get(id);
            if (c == null) {
                continue;
            }
            for (SocialAccount a : c.accounts()) {
                if (a.followers() != null && (campaign.targetPlatforms().isEmpty()
                        || campaign.targetPlatforms().contains(a.platform()))) {
                    sum += a.followers();
                }
            }
        }
        return sum;
    }

    /** Committed cost per 1,000 followers reached, {@code null} when nobody is committed. */
    public Money costPerThousandCommitted() {
        return perThousand(committed, reachCommitted);
    }

    /** Planned cost per 1,000 followers of the shortlist, {@code null} when it has no followers. */
    public Money costPerThousandPlanned() {
        return perThousand(planned, reachPlanned);
    }

    private static Money perThousand(Money cost, long reach) {
        if (reach <= 0) {
            return null;
        }
        int digits = Math.max(0, cost.currency().getDefaultFractionDigits());
        return new Money(cost.amount().multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(reach), digits, RoundingMode.HALF_EVEN), cost.currency());
    }

    /** The share of the budget committed, 0 to 1 (more when over budget), for the budget bar. */
    public double committedShare() {
        if (budget.amount().signum() == 0) {
            return committed.amount().signum() > 0 ? 1 : 0;
        }
        return committed.amount().divide(budget.amount(), 4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Converts into the budget currency, keeping aside what has no rate. */
    private static final class Converter {
        private final Campaign campaign;
        private final MoneyTotals unconverted = new MoneyTotals();

        Converter(Campaign campaign) {
            this.campaign = campaign;
        }

        Money zero() {
            return Money.zero(campaign.budget().currency());
        }

        Money convert(Money money) {
            if (money == null) {
                return zero();
            }
            return campaign.rateFor(money.currency())
                    .map(rate -> new Money(money.amount().multiply(rate).setScale(
                            Math.max(0, campaign.budget().currency().getDefaultFractionDigits()),
                            RoundingMode.HALF_EVEN), campaign.budget().currency()))
                    .orElseGet(() -> {
                        unconverted.add(money);
                        return zero();
                    });
        }
    }
}
