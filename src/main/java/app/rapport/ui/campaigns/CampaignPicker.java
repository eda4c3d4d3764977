package app.rapport.ui.campaigns;

import app.rapport.domain.Campaign;
import app.rapport.domain.Influencer;
import app.rapport.service.CampaignService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.RecordBook;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * "Add to campaign" from the contacts table or the pipeline board: asks which campaign and shortlists the
 * creators there. The Campaigns screen shows the new entries when the workspace announces them.
 */
public final class CampaignPicker {

    private final CampaignService service;
    private final RecordBook<Campaign> book;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine statusLine;

    public CampaignPicker(CampaignService service, RecordBook<Campaign> book, Background background,
            DialogService dialogs, StatusLine statusLine) {
        this.service = service;
        this.book = book;
        this.background = background;
        this.dialogs = dialogs;
        this.statusLine = statusLine;
    }

    /** Asks which campaign, then shortlists {@code contacts} there (once the campaigns are read). */
    public void add(List<Influencer> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        book.load();
        if (book.loadedProperty().get()) {
            ask(contacts);
            return;
        }
        book.loadedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> property, Boolean was, Boolean loaded) {
                property.removeListener(this);
                ask(contacts);
            }
        });
    }

    private void ask(List<Influencer> contacts) {
        List<Campaign> list = List.copyOf(book.records());
        if (list.isEmpty()) {
            dialogs.showError(Texts.text("campaigns.picker.noCampaigns"));
            return;
        }
        String title = contacts.size() == 1 ? Texts.text("campaigns.picker.titleOne", contacts.get(0).displayName())
                : Texts.text("campaigns.picker.titleMany", contacts.size());
        dialogs.askText(title, Texts.text("campaigns.picker.prompt"), list.stream().map(Campaign::name).toList())
                .ifPresent(name -> list.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst()
                        .ifPresentOrElse(c -> shortlist(c, contacts),
                                () -> dialogs.showError(Texts.text("campaigns.picker.noSuchCampaign",
                                        name.strip()))));
    }

    private void shortlist(Campaign campaign, List<Influencer> contacts) {
        background.run(() -> service.addToShortlist(campaign.id(), contacts.stream().map(Influencer::id).toList()),
                added -> statusLine.show(Texts.text("campaigns.picker.added", added, campaign.name())),
                failure -> dialogs.showError(Errors.describe(failure, "add to the campaign",
                        "errors.campaigns.addToCampaign")));
    }
}
