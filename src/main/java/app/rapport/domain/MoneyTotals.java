package app.rapport.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Sums kept apart per currency: nothing is converted unless the user gives a rate. */
public final class MoneyTotals {

    private final Map<String, Money> byCurrency = new TreeMap<>();

    /** Adds an amount to its currency's total. */
    public MoneyTotals add(Money money) {
        if (money != null) {
            byCurrency.merge(money.currency().getCurrencyCode(), money, Money::plus);
        }
        return this;
    }

    public static MoneyTotals of(Collection<Money> amounts) {
        MoneyTotals totals = new MoneyTotals();
        amounts.forEach(totals::add);
        return totals;
    }

    /** The totals, one per currency, by currency code. */
    public List<Money> amounts() {
        return byCurrency.values().stream().sorted(Comparator.comparing(m -> m.currency().getCurrencyCode()))
                .toList();
    }

    public boolean isEmpty() {
        return byCurrency.isEmpty();
    }

    /** "€150.00 · $20.00", or "—" when there is nothing. */
    public String format(Locale locale) {
        return isEmpty() ? "—" : amounts().stream().map(m -> m.format(locale)).collect(Collectors.joining(" · "));
    }

    @Override
    public String toString() {
        return isEmpty() ? "—" : amounts().stream().map(Money::plain).collect(Collectors.joining(" · "));
    }
}
