package app.rapport.ui.deals;

import app.rapport.domain.Money;
import app.rapport.domain.MoneyParser;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.Text;
import app.rapport.ui.common.Texts;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** Reads an amount and currency code typed into a form; empty amount means "none". */
final class AmountField {

    private AmountField() {
    }

    /** The problem with what was typed, or empty when it reads as money (or is empty). */
    static Optional<String> problem(String amount, String currencyCode, Locale locale) {
        try {
            read(amount, currencyCode, locale);
            return Optional.empty();
        } catch (RuleViolation e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The money typed, or {@code null} when the amount is empty. */
    static Money read(String amount, String currencyCode, Locale locale) {
        if (Text.blankToNull(amount) == null) {
            return null;
        }
        return MoneyParser.parse(amount, currency(currencyCode), locale);
    }

    static Currency currency(String code) {
        String c = Text.blankToNull(code);
        try {
            return Currency.getInstance(c == null ? "" : c.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(Texts.text("deals.amount.currencyCode"));
        }
    }

    /** How an amount is shown for editing: digits in the user's locale, no symbol. */
    static String edit(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(money.amount().scale());
        format.setMaximumFractionDigits(money.amount().scale());
        return format.format(money.amount());
    }
}
