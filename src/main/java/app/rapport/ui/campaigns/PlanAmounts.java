package app.rapport.ui.campaigns;

import app.rapport.domain.Money;
import app.rapport.domain.MoneyParser;
import app.rapport.domain.Text;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a planned amount typed in the shortlist: "300" in the budget's currency, or "USD 300". */
final class PlanAmounts {

    private static final Pattern CODE = Pattern.compile("\\b([A-Za-z]{3})\\b");

    private PlanAmounts() {
    }

    /** The amount typed, {@code null} for empty text; throws a rule violation saying what is wrong. */
    static Money parse(String text, Currency budgetCurrency, Locale locale) {
        String t = Text.blankToNull(text);
        if (t == null) {
            return null;
        }
        Currency currency = budgetCurrency;
        Matcher code = CODE.matcher(t);
        if (code.find()) {
            try {
                currency = Currency.getInstance(code.group(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // Not a currency code: the parser will say what is wrong with the text.
            }
        }
        return MoneyParser.parse(t, currency, locale);
    }
}
