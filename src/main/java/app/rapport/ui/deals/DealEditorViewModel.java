package app.rapport.ui.deals;

import app.rapport.domain.Affiliate;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Deliverable;
import app.rapport.domain.Gift;
import app.rapport.domain.Influencer;
import app.rapport.domain.Instalment;
import app.rapport.domain.LocalNumbers;
import app.rapport.domain.Money;
import app.rapport.domain.Platform;
import app.rapport.domain.Rights;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Text;
import app.rapport.service.DealService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Texts;
import app.rapport.ui.common.UndoHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The deal editor: every term of one collaboration, checked as it is typed. */
public final class DealEditorViewModel {

    // Properties: terms
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<DealStage> stage = new SimpleObjectProperty<>(this, "stage", DealStage.PROPOSED);
    private final StringProperty feeAmount = new SimpleStringProperty(this, "feeAmount", "");
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "EUR");
    private final BooleanProperty hasGift = new SimpleBooleanProperty(this, "hasGift");
    private final StringProperty giftDescription = new SimpleStringProperty(this, "giftDescription", "");
    private final StringProperty giftValue = new SimpleStringProperty(this, "giftValue", "");
    private final ObjectProperty<Gift.Shipping> shipping =
            new SimpleObjectProperty<>(this, "shipping", Gift.Shipping.TO_SHIP);
    private final StringProperty carrier = new SimpleStringProperty(this, "carrier", "");
    private final StringProperty tracking = new SimpleStringProperty(this, "tracking", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty commission = new SimpleStringProperty(this, "commission", "");
    private final StringProperty discountCode = new SimpleStringProperty(this, "discountCode", "");
    private final ObjectProperty<LocalDate> codeExpires = new SimpleObjectProperty<>(this, "codeExpires");
    private final StringProperty other = new SimpleStringProperty(this, "other", "");
    private final StringProperty usageChannels = new SimpleStringProperty(this, "usageChannels", "");
    private final ObjectProperty<LocalDate> usageFrom = new SimpleObjectProperty<>(this, "usageFrom");
    private final ObjectProperty<LocalDate> usageTo = new SimpleObjectProperty<>(this, "usageTo");
    private final StringProperty exclusivityCategory = new SimpleStringProperty(this, "exclusivityCategory", "");
    private final StringProperty exclusivityDays = new SimpleStringProperty(this, "exclusivityDays", "");
    private final BooleanProperty whitelisting = new SimpleBooleanProperty(this, "whitelisting");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<InstalmentRow> instalments = FXCollections.observableArrayList(
            r -> r.observables().toArray(Observable[]::new));
    private final ObservableList<DeliverableRow> deliverables = FXCollections.observableArrayList(
            r -> r.observables().toArray(Observable[]::new));
    // Properties: state
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    private final Deal original;
    private final Influencer contact;
    private final DealService service;
    private final DialogService dialogs;
    private final Locale locale;
    private final Consumer<Deal> onSaved;
    private final DealSaves saves;

    /**
     * @param deal    the deal to edit, or {@code null} for a new one with {@code contact}
     * @param onSaved told about the deal once it is stored
     */
    public DealEditorViewModel(Deal deal, Influencer contact, DealService service, Background background,
            DialogService dialogs, Locale locale, Consumer<Deal> onSaved) {
        this.original = deal;
        this.contact = contact;
        this.service = service;
        this.dialogs = dialogs;
        this.saves = new DealSaves(service, background, dialogs);
        this.locale = locale;
        this.onSaved = onSaved;
        if (deal != null) {
            show(deal);
        } else {
            title.set(Texts.text("deals.editor.defaultTitle", contact.displayName()));
        }
        InvalidationListener check = obs -> check();
        List.<Observable>of(title, feeAmount, currency, hasGift, giftDescription, giftValue, commission,
                discountCode, usageFrom, usageTo, exclusivityDays, instalments, deliverables)
                .forEach(o -> o.addListener(check));
        check();
    }

    private void show(Deal deal) {
        title.set(deal.title());
        stage.set(deal.stage());
        if (deal.fee() != null) {
            feeAmount.set(AmountField.edit(deal.fee(), locale));
            currency.set(deal.fee().currency().getCurrencyCode());
        }
        Gift gift = deal.gift();
        hasGift.set(gift != null);
        if (gift != null) {
            giftDescription.set(gift.description());
            giftValue.set(AmountField.edit(gift.retailValue(), locale));
            if (gift.retailValue() != null && deal.fee() == null) {
                currency.set(gift.retailValue().currency().getCurrencyCode());
            }
            shipping.set(gift.shipping());
            carrier.set(Text.orEmpty(gift.carrier()));
            tracking.set(Text.orEmpty(gift.trackingNumber()));
            address.set(Text.orEmpty(gift.shippingAddress()));
        }
        Affiliate a = deal.affiliate();
        if (a != null) {
            commission.set(a.commissionPercent() == null ? "" : LocalNumbers.plain(a.commissionPercent(), locale));
            discountCode.set(Text.orEmpty(a.discountCode()));
            codeExpires.set(a.expiresOn());
        }
        other.set(Text.orEmpty(deal.otherCompensation()));
        Rights r = deal.rights();
        usageChannels.set(Text.orEmpty(r.usageChannels()));
        usageFrom.set(r.usageFrom());
        usageTo.set(r.usageTo());
        exclusivityCategory.set(Text.orEmpty(r.exclusivityCategory()));
        exclusivityDays.set(r.exclusivityDays() == null ? "" : r.exclusivityDays().toString());
        whitelisting.set(r.whitelisting());
        notes.set(Text.orEmpty(deal.notes()));
        deal.instalments().forEach(i -> instalments.add(new InstalmentRow(i, currency.get(), locale)));
        deal.deliverables().forEach(d -> deliverables.add(new DeliverableRow(d, null, service::today)));
    }

    private void check() {
        try {
            toDeal().check();
            problem.set("");
            valid.set(true);
        } catch (RuleViolation e) {
            problem.set(e.getMessage());
            valid.set(false);
        } catch (NumberFormatException e) {
            problem.set(Texts.text("deals.editor.notNumbers"));
            valid.set(false);
        }
    }

    /** The deal as the form shows it; throws a {@link RuleViolation} saying what to fix. */
    Deal toDeal() {
        Money fee = AmountField.read(feeAmount.get(), currency.get(), locale);
        Gift gift = hasGift.get() ? new Gift(giftDescription.get(),
                AmountField.read(giftValue.get(), currency.get(), locale), shipping.get(), carrier.get(),
                tracking.get(), address.get()) : null;
        String percent = Text.blankToNull(commission.get());
        Affiliate affiliate = percent == null && Text.blankToNull(discountCode.get()) == null ? null
                : new Affiliate(percent == null ? null : new BigDecimal(percent.replaceAll("[%\\s\u00a0\u202f]", "")
                        .replace(',', '.')), discountCode.get(), codeExpires.get());
        String days = Text.blankToNull(exclusivityDays.get());
        Rights rights = new Rights(usageChannels.get(), usageFrom.get(), usageTo.get(), exclusivityCategory.get(),
                days == null ? null : Integer.valueOf(days), whitelisting.get());
        List<Instalment> instalmentList = new ArrayList<>();
        for (InstalmentRow row : instalments) {
            instalmentList.add(row.toInstalment());
        }
        List<Deliverable> deliverableList = new ArrayList<>();
        for (DeliverableRow row : deliverables) {
            deliverableList.add(row.toDeliverable());
        }
        return new Deal(original == null ? null : original.id(), contact.id(),
                original == null ? null : original.campaignId(), title.get(), stage.get(), fee, gift, affiliate,
                other.get(), deliverableList, rights, instalmentList, notes.get(),
                original == null ? null : original.stageReached(),
                original == null ? null : original.createdAt(), original == null ? null : original.updatedAt(),
                original == null ? 0 : original.version());
    }

    // Commands

    public InstalmentRow addInstalment() {
        InstalmentRow row = new InstalmentRow(null, currency.get(), locale);
        instalments.add(row);
        return row;
    }

    /** Replaces the instalments with the fee split into {@code parts} equal payments (the last takes the rest). */
    public void splitFee(int parts) {
        Money fee;
        try {
            fee = AmountField.read(feeAmount.get(), currency.get(), locale);
        } catch (RuleViolation e) {
            dialogs.showError(e.getMessage());
            return;
        }
        if (fee == null || parts < 1) {
            dialogs.showError(Texts.text("deals.editor.feeFirst"));
            return;
        }
        instalments.clear();
        for (Money part : fee.split(parts)) {
            addInstalment().amountProperty().set(AmountField.edit(part, locale));
        }
    }

    public void removeInstalment(InstalmentRow row) {
        instalments.remove(row);
    }

    public DeliverableRow addDeliverable() {
        Platform main = contact.mainAccount().map(SocialAccount::platform).orElse(null);
        DeliverableRow row = new DeliverableRow(null, main, service::today);
        deliverables.add(row);
        return row;
    }

    public void removeDeliverable(DeliverableRow row) {
        deliverables.remove(row);
    }

    /** Saves the deal; Completed with unpaid or unpublished work needs the user's yes. */
    public void save() {
        Deal deal;
        try {
            deal = toDeal();
            deal.check();
        } catch (RuleViolation e) {
            dialogs.showError(e.getMessage());
            return;
        }
        List<String> blockers = deal.completionBlockers();
        if (deal.stage() == DealStage.COMPLETED && !blockers.isEmpty() && (original == null
                || original.stage() != DealStage.COMPLETED) && !dialogs.confirm(
                Texts.text("deals.editor.completeTitle"), completeAlthough(blockers),
                Texts.text("deals.editor.completeButton"))) {
            return;
        }
        saving.set(true);
        saves.save(original, deal, () -> problem.set(DealSaves.waiting()), stored -> {
            saving.set(false);
            onSaved.accept(stored);
            closed.set(true);
        }, () -> {
            saving.set(false);
            check();
        });
    }

    /** "Mark this deal Completed although 1 instalment is not paid and 2 deliverables are not published?" */
    private static String completeAlthough(List<String> blockers) {
        if (blockers.size() == 1) {
            return Texts.text("deals.editor.completeAlthough", blockers.get(0));
        }
        return Texts.text("deals.editor.completeAlthoughBoth",
                String.join(", ", blockers.subList(0, blockers.size() - 1)), blockers.get(blockers.size() - 1));
    }

    /**
     * Makes the save an undoable step: undo puts the deal back as it was (or removes a new one), redo saves it
     * again; {@code refresh} shows the result on the screens that list deals.
     */
    public DealEditorViewModel undoableIn(UndoHistory history, Runnable refresh) {
        saves.undoableIn(history, refresh);
        return this;
    }

    /** Closes without saving; a save waiting for the team server is dropped only when the user says so. */
    public void cancel() {
        if (saves.isWaiting()) {
            if (!dialogs.confirm(Texts.text("deals.editor.closeTitle"), Texts.text("deals.editor.closeUnsaved"),
                    Texts.text("deals.editor.closeButton"))) {
                return;
            }
            saves.drop();
        }
        closed.set(true);
    }

    // Properties

    public String windowTitle() {
        return original == null ? Texts.text("deals.editor.newWindowTitle", contact.displayName())
                : Texts.text("deals.editor.windowTitle", contact.displayName());
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<DealStage> stageProperty() {
        return stage;
    }

    public StringProperty feeAmountProperty() {
        return feeAmount;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public BooleanProperty hasGiftProperty() {
        return hasGift;
    }

    public StringProperty giftDescriptionProperty() {
        return giftDescription;
    }

    public StringProperty giftValueProperty() {
        return giftValue;
    }

    public ObjectProperty<Gift.Shipping> shippingProperty() {
        return shipping;
    }

    public StringProperty carrierProperty() {
        return carrier;
    }

    public StringProperty trackingProperty() {
        return tracking;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty commissionProperty() {
        return commission;
    }

    public StringProperty discountCodeProperty() {
        return discountCode;
    }

    public ObjectProperty<LocalDate> codeExpiresProperty() {
        return codeExpires;
    }

    public StringProperty otherProperty() {
        return other;
    }

    public StringProperty usageChannelsProperty() {
        return usageChannels;
    }

    public ObjectProperty<LocalDate> usageFromProperty() {
        return usageFrom;
    }

    public ObjectProperty<LocalDate> usageToProperty() {
        return usageTo;
    }

    public StringProperty exclusivityCategoryProperty() {
        return exclusivityCategory;
    }

    public StringProperty exclusivityDaysProperty() {
        return exclusivityDays;
    }

    public BooleanProperty whitelistingProperty() {
        return whitelisting;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<InstalmentRow> instalments() {
        return instalments;
    }

    public ObservableList<DeliverableRow> deliverables() {
        return deliverables;
    }

    /** The first thing to fix, or "" when the deal can be saved. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Set while a save is under way (or waits for the team server): the form cannot change meanwhile. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Set when the editor is done (saved or cancelled): the window closes. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }
}
