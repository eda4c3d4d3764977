package app.rapport.ui.campaigns;

import app.rapport.domain.Campaign;
import app.rapport.domain.CampaignMerge;
import app.rapport.service.CampaignService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.EditConflicts;
import app.rapport.ui.common.SaveFlow;

/** How the campaign form saves: compared side by side after someone else's save, kept while the server is away. */
final class CampaignSaves {

    /** What the status bar says while a save waits for the team server. */
    static final String WAITING = "The team server cannot be reached: your campaign is kept, and saved once the "
            + "server is back.";

    /** How campaigns are compared when two people saved the same one. */
    static final EditConflicts.Kind<Campaign, CampaignMerge.Part> CAMPAIGNS = new EditConflicts.Kind<>(
            campaign -> "the campaign " + campaign.name(),
            mine -> "Someone else deleted the campaign " + mine.name() + " while you were editing; your changes "
                    + "are still in the form: save them as a new campaign with New campaign, or copy what you need.",
            CampaignMerge::differences, CampaignMerge::merge);

    private CampaignSaves() {
    }

    static SaveFlow<Campaign, CampaignMerge.Part> flow(CampaignService service, Background background,
            DialogService dialogs) {
        return new SaveFlow<>(Campaign.class, service::save, service::answers, CAMPAIGNS, "save the campaign",
                background, dialogs);
    }
}
