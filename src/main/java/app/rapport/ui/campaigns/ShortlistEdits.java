package app.rapport.ui.campaigns;

import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.Money;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.ShortlistEntry;
import app.rapport.domain.ShortlistRow;
import app.rapport.service.CampaignService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Planning each shortlisted creator of the selected campaign: fee, gift, backup, order, removal. */
public final class ShortlistEdits {

    private final CampaignService service;
    private final Background background;
    private final DialogService dialogs;
    private final List<ShortlistRow> shortlist;
    private final Supplier<Currency> budgetCurrency;
    private final Locale locale;
    private final Runnable reloadOverview;

    /** @param reloadOverview shows the shortlist and figures again after a change */
    ShortlistEdits(CampaignService service, Background background, DialogService dialogs,
            List<ShortlistRow> shortlist, Supplier<Currency> budgetCurrency, Locale locale, Runnable reloadOverview) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.shortlist = shortlist;
        this.budgetCurrency = budgetCurrency;
        this.locale = locale;
        this.reloadOverview = reloadOverview;
    }

    /** Sets a planned fee as typed (empty clears it), in the budget's currency unless a code is typed. */
    public void setPlannedFee(ShortlistRow row, String text) {
        Money fee;
        try {
            fee = parsePlan(text);
        } catch (RuleViolation e) {
            dialogs.showError(e.getMessage());
            return;
        }
        ShortlistEntry e = row.entry();
        update(row, e.withPlan(fee, e.plannedGift(), e.plannedGiftValue()));
    }

    /** Sets the planned gift and its value. */
    public void setPlannedGift(ShortlistRow row, String description, String value) {
        Money giftValue;
        try {
            giftValue = parsePlan(value);
        } catch (RuleViolation e) {
            dialogs.showError(e.getMessage());
            return;
        }
        ShortlistEntry e = row.entry();
        update(row, e.withPlan(e.plannedFee(), description, giftValue));
    }

    private Money parsePlan(String text) {
        return PlanAmounts.parse(text, budgetCurrency.get(), locale);
    }

    public void toggleBackup(ShortlistRow row) {
        update(row, row.entry().withBackup(!row.entry().backup()));
    }

    private void update(ShortlistRow row, ShortlistEntry entry) {
        background.run(() -> {
            service.updateEntry(entry);
            return entry;
        }, done -> reloadOverview.run(), failure -> {
            reloadOverview.run();
            if (failure instanceof ChangedElsewhereException) {
                dialogs.showError(Texts.text("campaigns.shortlistEdits.planChangedElsewhere",
                        row.contact().displayName()));
            } else {
                dialogs.showError(Errors.describe(failure, "change the plan", "errors.campaigns.changePlan"));
            }
        });
    }

    /** Moves a creator up (-1) or down (+1) the priority order. */
    public void move(ShortlistRow row, int by) {
        List<ShortlistEntry> order = new ArrayList<>(shortlist.stream().map(ShortlistRow::entry).toList());
        int from = order.indexOf(row.entry());
        int to = from + by;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        Collections.swap(order, from, to);
        background.run(() -> {
            service.reorder(order);
            return order;
        }, done -> reloadOverview.run(),
                failure -> dialogs.showError(Errors.describe(failure, "reorder the shortlist",
                        "errors.campaigns.reorder")));
    }

    public void remove(ShortlistRow row) {
        background.run(() -> {
            service.removeEntry(row.entry().id());
            return row;
        }, done -> reloadOverview.run(), failure -> dialogs.showError(Errors.describe(failure,
                "remove the creator", "errors.campaigns.removeCreator")));
    }
}
