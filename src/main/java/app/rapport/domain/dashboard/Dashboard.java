package app.rapport.domain.dashboard;

import app.rapport.domain.Money;
import app.rapport.domain.MoneyTotals;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.text.DomainTexts;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Where the outreach stands, at a glance.
 *
 * @param statusCounts    contacts per outreach status now
 * @param funnel          how far the contacts reached out to in the period got
 * @param dueThisMonth    unpaid instalments falling due this month, per currency
 * @param spend           paid and budgeted per month, oldest first, in {@code spendCurrency}
 * @param paidElsewhere   paid in those months in other currencies (not in the chart)
 * @param topNiches       the niches with the most partners, most first
 * @param staleContacts   contacts with follower figures older than 90 days
 */
public record Dashboard(int contacts, Map<OutreachStatus, Integer> statusCounts, Funnel funnel, int followUpsOverdue,
        int followUpsToday, MoneyTotals dueThisMonth, Currency spendCurrency, List<MonthSpend> spend,
        MoneyTotals paidElsewhere, List<NicheCount> topNiches, int staleContacts) {

    public Dashboard {
        statusCounts = Map.copyOf(statusCounts);
        spend = List.copyOf(spend);
        topNiches = List.copyOf(topNiches);
    }

    /** The time the funnel looks back over. */
    public enum Period {
        DAYS_30(30), DAYS_90(90), MONTHS_12(365), ALL(0);

        private final int days;

        Period(int days) {
            this.days = days;
        }

        /** The period as the user reads it ("Last 30 days"), in the user's language. */
        public String label() {
            return DomainTexts.text("dashboard.period." + name());
        }

        /** How many days back the period reaches; 0 for all time. */
        public int days() {
            return days;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /**
     * Of the contacts moved to Contacted or further in the period, how many replied (or got further) and how many
     * became partners.
     */
    public record Funnel(Period period, int contacted, int replied, int partners) {

        /** Replied as a whole percentage of contacted; 0 when nobody was contacted. */
        public int replyRate() {
            return percent(replied, contacted);
        }

        /** Partners as a whole percentage of contacted. */
        public int partnerRate() {
            return percent(partners, contacted);
        }

        private static int percent(int part, int whole) {
            return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
        }
    }

    /** One month of the spend chart. */
    public record MonthSpend(YearMonth month, Money paid, Money budget) {
    }

    /** A niche and how many partners carry it. */
    public record NicheCount(String niche, int partners) {
    }
}
