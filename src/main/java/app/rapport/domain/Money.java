package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in one currency, kept to the currency's minor unit (JPY none, EUR two, BHD three).
 * Never a floating-point number; amounts in different currencies are never added together.
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new RuleViolation(DomainTexts.text("money.tooManyDecimals", currency.getCurrencyCode(), digits));
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The sum of two amounts in the same currency. */
    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** The amount in {@code parts} equal shares, rounded down to the minor unit; the last takes the rest. */
    public List<Money> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts " + parts);
        }
        BigDecimal share = amount.divide(BigDecimal.valueOf(parts), amount.scale(), RoundingMode.DOWN);
        List<Money> shares = new ArrayList<>();
        for (int i = 0; i < parts - 1; i++) {
            shares.add(new Money(share, currency));
        }
        shares.add(new Money(amount.subtract(share.multiply(BigDecimal.valueOf(parts - 1))), currency));
        return shares;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** "€150.00" in English, "150,00 €" in German: the user's way of writing money. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(amount.scale());
        format.setMaximumFractionDigits(amount.scale());
        return format.format(amount);
    }

    /** "150.00 EUR": the same in every locale, for exports and copied summaries. */
    public String plain() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    @Override
    public String toString() {
        return plain();
    }
}
