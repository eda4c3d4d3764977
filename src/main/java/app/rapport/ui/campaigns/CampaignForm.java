package app.rapport.ui.campaigns;

import app.rapport.domain.Campaign;
import app.rapport.domain.Money;
import app.rapport.domain.MoneyParser;
import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.Tags;
import app.rapport.domain.Text;
import app.rapport.ui.common.Texts;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The editable fields of a campaign, and how they become one. */
public final class CampaignForm {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Campaign.Status> status =
            new SimpleObjectProperty<>(this, "status", Campaign.Status.PLANNING);
    private final ObjectProperty<LocalDate> startOn = new SimpleObjectProperty<>(this, "startOn");
    private final ObjectProperty<LocalDate> endOn = new SimpleObjectProperty<>(this, "endOn");
    private final StringProperty budget = new SimpleStringProperty(this, "budget", "");
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "EUR");
    private final StringProperty niches = new SimpleStringProperty(this, "niches", "");
    private final ObservableList<Platform> platforms = FXCollections.observableArrayList();
    private final StringProperty brief = new SimpleStringProperty(this, "brief", "");
    private final StringProperty rates = new SimpleStringProperty(this, "rates", "");

    private Campaign shown;
    private List<Object> shownValues = values();

    /** Fills the fields from a campaign ({@code null} for a new one). */
    void show(Campaign campaign, Locale locale) {
        shown = campaign;
        name.set(campaign == null ? "" : campaign.name());
        status.set(campaign == null ? Campaign.Status.PLANNING : campaign.status());
        startOn.set(campaign == null ? null : campaign.startOn());
        endOn.set(campaign == null ? null : campaign.endOn());
        budget.set(campaign == null ? "" : plain(campaign.budget().amount(), locale));
        currency.set(campaign == null ? "EUR" : campaign.budget().currency().getCurrencyCode());
        niches.set(campaign == null ? "" : Tags.format(campaign.targetNiches()));
        platforms.setAll(campaign == null ? List.of() : campaign.targetPlatforms().stream().sorted().toList());
        brief.set(campaign == null ? "" : Text.orEmpty(campaign.brief()));
        rates.set(campaign == null ? "" : String.join("; ", campaign.rates().stream()
                .map(r -> r.from().getCurrencyCode() + " " + plain(r.rate(), locale)).toList()));
        shownValues = values();
    }

    /** The campaign the form was filled from ({@code null} for a new one): the version a save is made from. */
    Campaign shown() {
        return shown;
    }

    /** Whether the user changed anything since the form was filled; a new campaign counts as changed. */
    boolean isEdited() {
        return shown == null && !name.get().isEmpty() || !values().equals(shownValues);
    }

    private List<Object> values() {
        return Arrays.asList(name.get(), status.get(), startOn.get(), endOn.get(), budget.get(),
                currency.get(), niches.get(), List.copyOf(platforms), brief.get(), rates.get());
    }

    /**
     * The campaign as typed. Rates are written "USD 0.92; GBP 1.17": one unit of that currency in the
     * budget's currency.
     *
     * @throws RuleViolation saying what to fix
     */
    Campaign toCampaign(Locale locale, LocalDate today) {
        Currency budgetCurrency = currency(currency.get());
        Money amount = Text.blankToNull(budget.get()) == null ? null
                : MoneyParser.parse(budget.get(), budgetCurrency, locale);
        List<Campaign.ExchangeRate> rateList = new ArrayList<>();
        for (String part : Text.orEmpty(rates.get()).split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] bits = p.split("\\s+");
            if (bits.length != 2) {
                throw new RuleViolation(Texts.text("campaigns.form.ratesLike"));
            }
            try {
                rateList.add(new Campaign.ExchangeRate(currency(bits[0]), new BigDecimal(bits[1].replace(',', '.')),
                        today));
            } catch (NumberFormatException e) {
                throw new RuleViolation(Texts.text("campaigns.form.ratesLike"));
            }
        }
        EnumSet<Platform> targets = EnumSet.noneOf(Platform.class);
        targets.addAll(platforms);
        Campaign c = new Campaign(shown == null ? null : shown.id(), name.get(), brief.get(), startOn.get(),
                endOn.get(), amount, Tags.parse(niches.get()), targets, status.get(), keepDates(rateList),
                shown == null ? null : shown.createdAt(), shown == null ? null : shown.updatedAt(),
                shown == null ? 0 : shown.version());
        c.check();
        return c;
    }

    /** A rate that did not change keeps the day it was entered. */
    private List<Campaign.ExchangeRate> keepDates(List<Campaign.ExchangeRate> typed) {
        if (shown == null) {
            return typed;
        }
        return typed.stream().map(r -> shown.rates().stream()
                .filter(old -> old.from().equals(r.from()) && old.rate().compareTo(r.rate()) == 0)
                .findFirst().orElse(r)).toList();
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(Text.orEmpty(code).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(Texts.text("campaigns.form.currencyCode"));
        }
    }

    private static String plain(BigDecimal amount, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(8);
        f.setMinimumFractionDigits(0);
        return f.format(amount);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Campaign.Status> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> startOnProperty() {
        return startOn;
    }

    public ObjectProperty<LocalDate> endOnProperty() {
        return endOn;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty nichesProperty() {
        return niches;
    }

    public ObservableList<Platform> platforms() {
        return platforms;
    }

    public StringProperty briefProperty() {
        return brief;
    }

    public StringProperty ratesProperty() {
        return rates;
    }
}
