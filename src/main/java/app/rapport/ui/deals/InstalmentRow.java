package app.rapport.ui.deals;

import app.rapport.domain.DealStage;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.Text;
import app.rapport.ui.common.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One instalment being edited: a fixed due day, or "Net N after a stage". */
public final class InstalmentRow {

    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "EUR");
    private final BooleanProperty byRule = new SimpleBooleanProperty(this, "byRule", false);
    private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>(this, "dueOn");
    private final StringProperty ruleDays = new SimpleStringProperty(this, "ruleDays", "30");
    private final ObjectProperty<DealStage> ruleAfter =
            new SimpleObjectProperty<>(this, "ruleAfter", DealStage.CONTENT_LIVE);
    private final StringProperty method = new SimpleStringProperty(this, "method", "");
    private final StringProperty invoiceRef = new SimpleStringProperty(this, "invoiceRef", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Long id;
    private final LocalDate paidOn;
    private final Locale locale;

    InstalmentRow(Instalment instalment, String defaultCurrency, Locale locale) {
        this.locale = locale;
        this.id = instalment == null ? null : instalment.id();
        this.paidOn = instalment == null ? null : instalment.paidOn();
        currency.set(defaultCurrency);
        if (instalment != null) {
            amount.set(AmountField.edit(instalment.amount(), locale));
            currency.set(instalment.amount().currency().getCurrencyCode());
            dueOn.set(instalment.dueOn());
            byRule.set(instalment.dueRule() != null);
            if (instalment.dueRule() != null) {
                ruleDays.set(Integer.toString(instalment.dueRule().days()));
                ruleAfter.set(instalment.dueRule().after());
            }
            method.set(Text.orEmpty(instalment.method()));
            invoiceRef.set(Text.orEmpty(instalment.invoiceRef()));
        }
        observables().forEach(o -> o.addListener(obs -> validate()));
        validate();
    }

    private void validate() {
        try {
            toInstalment();
            error.set("");
        } catch (RuleViolation | NumberFormatException e) {
            error.set(e instanceof RuleViolation ? e.getMessage() : Texts.text("deals.instalment.wholeNetDays"));
        }
    }

    /** The instalment as typed; throws a {@link RuleViolation} saying what is wrong. */
    Instalment toInstalment() {
        Money money = AmountField.read(amount.get(), currency.get(), locale);
        if (money == null) {
            throw new RuleViolation(Texts.text("deals.instalment.amountMissing"));
        }
        Instalment.DueRule rule = null;
        if (byRule.get()) {
            rule = new Instalment.DueRule(Integer.parseInt(ruleDays.get().strip()), ruleAfter.get());
        }
        return new Instalment(id, money, byRule.get() ? null : dueOn.get(), rule, method.get(), invoiceRef.get(),
                paidOn);
    }

    List<Observable> observables() {
        return List.of(amount, currency, byRule, dueOn, ruleDays, ruleAfter, method, invoiceRef);
    }

    boolean isValid() {
        return error.get().isEmpty();
    }

    /** The day it was paid, shown read-only (paying happens on the Payments screen). */
    public LocalDate paidOn() {
        return paidOn;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public BooleanProperty byRuleProperty() {
        return byRule;
    }

    public ObjectProperty<LocalDate> dueOnProperty() {
        return dueOn;
    }

    public StringProperty ruleDaysProperty() {
        return ruleDays;
    }

    public ObjectProperty<DealStage> ruleAfterProperty() {
        return ruleAfter;
    }

    public StringProperty methodProperty() {
        return method;
    }

    public StringProperty invoiceRefProperty() {
        return invoiceRef;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
