package app.rapport.ui.campaigns;

import app.rapport.domain.Campaign;
import app.rapport.domain.ShortlistRow;
import app.rapport.service.CampaignService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.util.List;

/** What leaves the Campaigns screen as files: a campaign's calendar and its shortlist. */
final class CampaignExports {

    private final CampaignService service;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine statusLine;

    CampaignExports(CampaignService service, Background background, DialogService dialogs, StatusLine statusLine) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.statusLine = statusLine;
    }

    /** Exports the campaign's dates as an iCalendar file the user chooses. */
    void calendar(Campaign c) {
        dialogs.chooseSaveFile(Texts.text("campaigns.exports.calendarTitle"), fileName(c) + ".ics", "ics")
                .ifPresent(file -> background.run(() -> service.exportCalendar(c.id(), file),
                        count -> statusLine.show(Texts.text("campaigns.exports.calendarDone", count, file)),
                        failure -> dialogs.showError(Errors.describe(failure, "export the calendar",
                                "errors.campaigns.exportCalendar"))));
    }

    /** Writes the shortlist with its plans to an XLSX workbook (or CSV) the user chooses. */
    void shortlist(Campaign c, List<ShortlistRow> rows) {
        dialogs.chooseSaveFile(Texts.text("campaigns.exports.shortlistTitle"),
                Texts.text("campaigns.exports.shortlistFileName", fileName(c)) + ".xlsx", "xlsx", "csv")
                .ifPresent(file -> background.run(() -> service.exportShortlist(rows, file),
                        count -> statusLine.show(Texts.text("campaigns.exports.shortlistDone", count, file)),
                        failure -> dialogs.showError(Errors.describe(failure, "export the shortlist",
                                "errors.campaigns.exportShortlist"))));
    }

    private static String fileName(Campaign c) {
        return c.name().replaceAll("[^\\p{L}\\p{N} _-]", "");
    }
}
