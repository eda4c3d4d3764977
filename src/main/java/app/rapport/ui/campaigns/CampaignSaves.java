package app.rapport.ui.campaigns;

import app.rapport.domain.Campaign;
import app.rapport.domain.CampaignMerge;
import app.rapport.service.CampaignService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.EditConflicts;
import app.rapport.ui.common.SaveFlow;
import app.rapport.ui.common.Texts;

/** How the campaign form saves: compared side by side after someone else's save, kept while the server is away. */
final class CampaignSaves {

    /** What the status bar says while a save waits for the team server. */
    static String waiting() {
        return Texts.text("campaigns.saves.waiting");
    }

    /** How campaigns are compared when two people saved the same one. */
    static final EditConflicts.Kind<Campaign, CampaignMerge.Part> CAMPAIGNS = new EditConflicts.Kind<>(
            campaign -> Texts.text("campaigns.saves.theCampaign", campaign.name()),
            mine -> Texts.text("campaigns.saves.deletedElsewhere", mine.name()),
            CampaignMerge::differences, CampaignMerge::merge);

    private CampaignSaves() {
    }

    static SaveFlow<Campaign, CampaignMerge.Part> flow(CampaignService service, Background background,
            DialogService dialogs) {
        return new SaveFlow<>(Campaign.class, service::save, service::answers, CAMPAIGNS,
                "save the campaign", "errors.saves.campaign", background, dialogs);
    }
}
