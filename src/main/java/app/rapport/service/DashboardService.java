package app.rapport.service;

import app.rapport.domain.Campaign;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Influencer;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.MoneyTotals;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.dashboard.Dashboard;
import app.rapport.domain.search.ContactSearch;
import app.rapport.exchange.SafeFiles;
import app.rapport.store.Database;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The figures of the dashboard, read in one transaction. */
public final class DashboardService {

    /** How many months the spend chart shows, the current one last. */
    public static final int SPEND_MONTHS = 6;
    private static final int TOP_NICHES = 6;
    private static final Set<OutreachStatus> REACHED = EnumSet.of(OutreachStatus.CONTACTED, OutreachStatus.REPLIED,
            OutreachStatus.NEGOTIATING, OutreachStatus.PARTNER);
    private static final Set<OutreachStatus> ANSWERED = EnumSet.of(OutreachStatus.REPLIED,
            OutreachStatus.NEGOTIATING, OutreachStatus.PARTNER);

    private final Database database;
    private final Clock clock;
    private final Locale locale;

    public DashboardService(Database database, Clock clock, Locale locale) {
        this.database = database;
        this.clock = clock;
        this.locale = locale;
    }

    public Dashboard dashboard(Dashboard.Period period) {
        return dashboard(period, null);
    }

    /**
     * The same over contacts already in memory (the app's contact list), so the figures need not read 100,000
     * contacts a second time; null reads them.
     */
    public Dashboard dashboard(Dashboard.Period period, List<Influencer> known) {
        LocalDate today = LocalDate.now(clock);
        Instant from = period.days() == 0 ? Instant.EPOCH
                : today.minusDays(period.days()).atStartOfDay(clock.getZone()).toInstant();
        return database.inTransaction(repos -> {
            List<Influencer> contacts = known != null ? known : repos.contacts().findAll();
            List<Deal> deals = repos.deals().findAll(clock.getZone()).stream()
                    .filter(d -> d.stage() != DealStage.CANCELLED).toList();
            return build(today, period, contacts, repos.outreach().statusesEnteredSince(from), deals,
                    repos.campaigns().findAll());
        });
    }

    private Dashboard build(LocalDate today, Dashboard.Period period, List<Influencer> contacts,
            Map<Long, Set<OutreachStatus>> entered, List<Deal> deals, List<Campaign> campaigns) {
        Map<OutreachStatus, Integer> counts = new EnumMap<>(OutreachStatus.class);
        for (OutreachStatus status : OutreachStatus.values()) {
            counts.put(status, 0);
        }
        int overdue = 0;
        int dueToday = 0;
        int stale = 0;
        Map<String, Integer> niches = new HashMap<>();
        for (Influencer c : contacts) {
            counts.merge(c.outreach().status(), 1, Integer::sum);
            LocalDate followUp = c.outreach().followUpOn();
            if (followUp != null && followUp.isBefore(today)) {
                overdue++;
            } else if (today.equals(followUp)) {
                dueToday++;
            }
            if (ContactSearch.isStale(c, today)) {
                stale++;
            }
            if (c.outreach().status() == OutreachStatus.PARTNER) {
                c.tags().forEach(tag -> niches.merge(tag, 1, Integer::sum));
            }
        }
        int contacted = 0;
        int replied = 0;
        int partners = 0;
        for (Set<OutreachStatus> statuses : entered.values()) {
            if (statuses.stream().anyMatch(REACHED::contains)) {
                contacted++;
                replied += statuses.stream().anyMatch(ANSWERED::contains) ? 1 : 0;
                partners += statuses.contains(OutreachStatus.PARTNER) ? 1 : 0;
            }
        }
        List<Dashboard.NicheCount> top = niches.entrySet().stream()
                .map(e -> new Dashboard.NicheCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Dashboard.NicheCount::partners).reversed()
                        .thenComparing(Dashboard.NicheCount::niche, String.CASE_INSENSITIVE_ORDER))
                .limit(TOP_NICHES).toList();

        YearMonth thisMonth = YearMonth.from(today);
        MoneyTotals dueThisMonth = new MoneyTotals();
        List<Money> paidInChart = new ArrayList<>();
        List<LocalDate> paidOn = new ArrayList<>();
        for (Deal deal : deals) {
            for (Instalment instalment : deal.instalments()) {
                LocalDate due = instalment.dueDate(deal.stageReached()).orElse(null);
                if (!instalment.isPaid() && due != null && YearMonth.from(due).equals(thisMonth)) {
                    dueThisMonth.add(instalment.amount());
                }
                if (instalment.isPaid()) {
                    paidInChart.add(instalment.amount());
                    paidOn.add(instalment.paidOn());
                }
            }
        }
        Currency currency = chartCurrency(paidInChart, campaigns);
        YearMonth first = thisMonth.minusMonths(SPEND_MONTHS - 1L);
        Map<YearMonth, Money> paid = new HashMap<>();
        MoneyTotals elsewhere = new MoneyTotals();
        for (int i = 0; i < paidInChart.size(); i++) {
            YearMonth month = YearMonth.from(paidOn.get(i));
            if (month.isBefore(first) || month.isAfter(thisMonth)) {
                continue;
            }
            Money amount = paidInChart.get(i);
            if (amount.currency().equals(currency)) {
                paid.merge(month, amount, Money::plus);
            } else {
                elsewhere.add(amount);
            }
        }
        List<Dashboard.MonthSpend> spend = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            spend.add(new Dashboard.MonthSpend(month, paid.getOrDefault(month, Money.zero(currency)),
                    budgetIn(month, campaigns, currency)));
        }
        return new Dashboard(contacts.size(), counts, new Dashboard.Funnel(period, contacted, replied, partners),
                overdue, dueToday, dueThisMonth, currency, spend, elsewhere, top, stale);
    }

    /** The currency most amounts are in; the locale's when there are none. */
    private Currency chartCurrency(List<Money> paid, List<Campaign> campaigns) {
        Map<Currency, Integer> uses = new HashMap<>();
        paid.forEach(m -> uses.merge(m.currency(), 1, Integer::sum));
        campaigns.stream().filter(c -> c.budget() != null).forEach(c -> uses.merge(c.budget().currency(), 1,
                Integer::sum));
        return uses.entrySet().stream().max(Map.Entry.<Currency, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().getCurrencyCode(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseGet(this::localCurrency);
    }

    private Currency localCurrency() {
        try {
            return Currency.getInstance(locale.getCountry().isEmpty() ? Locale.GERMANY : locale);
        } catch (IllegalArgumentException e) {
            return Currency.getInstance("EUR");
        }
    }

    /**
     * The share of campaign budgets planned for a month: each dated campaign's budget spread evenly over the
     * months it runs in, rounded half-even to the currency's minor unit.
     */
    static Money budgetIn(YearMonth month, List<Campaign> campaigns, Currency currency) {
        Money total = Money.zero(currency);
        for (Campaign c : campaigns) {
            if (c.budget() == null || !c.budget().currency().equals(currency) || c.startOn() == null
                    || c.endOn() == null || c.status() == Campaign.Status.ARCHIVED) {
                continue;
            }
            YearMonth start = YearMonth.from(c.startOn());
            YearMonth end = YearMonth.from(c.endOn());
            if (month.isBefore(start) || month.isAfter(end)) {
                continue;
            }
            long months = ChronoUnit.MONTHS.between(start, end) + 1;
            BigDecimal share = c.budget().amount().divide(BigDecimal.valueOf(months),
                    Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_EVEN);
            total = total.plus(new Money(share, currency));
        }
        return total;
    }

    /** Writes a chart's picture (PNG bytes) to a file; a failed write leaves no half file. */
    public void saveChart(byte[] png, Path file) throws IOException {
        SafeFiles.write(file, temp -> Files.write(temp, png));
    }
}
