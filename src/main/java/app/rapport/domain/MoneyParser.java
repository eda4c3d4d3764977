package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads amounts as people type them in their locale: "1.200,50" in German, "1,200.50" in English,
 * "1 200,50" in French. Input that could mean two different amounts is refused with a message.
 */
public final class MoneyParser {

    private static final Pattern DIGITS_AND_SEPARATORS = Pattern.compile("-?[0-9.,]+");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+|-?\\d{1,3}(,\\d{3})+");

    private MoneyParser() {
    }

    /**
     * @param text     what the user typed; a currency symbol or code around the number is ignored
     * @param currency the currency the amount is in
     * @param locale   the user's locale, which says which mark is the decimal one
     * @throws RuleViolation when the text is not an amount, is ambiguous or has too many decimals
     */
    public static Money parse(String text, Currency currency, Locale locale) {
        String cleaned = clean(text, currency, locale);
        if (cleaned.isEmpty() || !DIGITS_AND_SEPARATORS.matcher(cleaned).matches()) {
            throw new RuleViolation(DomainTexts.text("money.enterAmount", example(currency, locale)));
        }
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        char other = decimal == ',' ? '.' : ',';
        int lastDecimal = cleaned.lastIndexOf(decimal);
        int lastOther = cleaned.lastIndexOf(other);
        String normalized;
        if (lastDecimal >= 0 && lastOther >= 0) {
            if (lastOther > lastDecimal) {
                throw ambiguous(text, currency, locale);
            }
            normalized = cleaned.replace(String.valueOf(other), "").replace(decimal, '.');
        } else if (lastOther >= 0) {
            // Only the locale's grouping mark (or the foreign decimal mark): accept clear thousands only.
            if (!GROUPED.matcher(cleaned).matches()) {
                throw ambiguous(text, currency, locale);
            }
            normalized = cleaned.replace(String.valueOf(other), "");
        } else {
            int decimals = lastDecimal < 0 ? 0 : cleaned.length() - lastDecimal - 1;
            // "1.200" in English may be a European 1200: refuse unless the currency has three decimals.
            if (decimals == 3 && currency.getDefaultFractionDigits() < 3) {
                throw ambiguous(text, currency, locale);
            }
            normalized = cleaned.replace(decimal, '.');
        }
        if (normalized.indexOf('.') != normalized.lastIndexOf('.')) {
            throw ambiguous(text, currency, locale);
        }
        try {
            return new Money(new BigDecimal(normalized), currency);
        } catch (NumberFormatException e) {
            throw new RuleViolation(DomainTexts.text("money.enterAmount", example(currency, locale)));
        }
    }

    private static String clean(String text, Currency currency, Locale locale) {
        String t = text == null ? "" : text.strip();
        // The locale's own symbol first: "R$" before a bare "$" would leave an "R" behind.
        t = t.replace(currency.getCurrencyCode(), "").replace(currency.getSymbol(locale), "")
                .replace(currency.getSymbol(Locale.ROOT), "");
        for (Locale l : new Locale[] {Locale.US, Locale.GERMANY, Locale.UK, Locale.JAPAN, Locale.FRANCE}) {
            t = t.replace(currency.getSymbol(l), "");
        }
        return t.replaceAll("[\\s\u00a0\u202f'’]", "");
    }

    private static RuleViolation ambiguous(String text, Currency currency, Locale locale) {
        return new RuleViolation(DomainTexts.text("money.ambiguous", text.strip(), example(currency, locale)));
    }

    private static String example(Currency currency, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        String whole = "1" + symbols.getGroupingSeparator() + "200";
        return digits == 0 ? whole : whole + symbols.getDecimalSeparator() + "5".repeat(1) + "0".repeat(digits - 1);
    }
}
