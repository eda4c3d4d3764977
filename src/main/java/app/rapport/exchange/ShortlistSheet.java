package app.rapport.exchange;

import app.rapport.domain.ShortlistRow;
import app.rapport.domain.sheet.SheetFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** A campaign's shortlist as a sheet: one row per creator, with the plans and the deal made. */
public final class ShortlistSheet {

    static final List<String> HEADER = List.of("Priority", "Creator", "Fit", "Followers on targets", "Outreach",
            "Planned fee", "Fee currency", "Planned gift", "Gift value", "Gift currency", "Backup", "Deal");

    private ShortlistSheet() {
    }

    /** Writes the rows safely, in the format given; a failed write leaves no half file. */
    public static void write(List<ShortlistRow> shortlist, Path file, SheetFormat format) throws IOException {
        Sheets.write(file, format, "Shortlist", HEADER, rows(shortlist));
    }

    static List<List<Object>> rows(List<ShortlistRow> shortlist) {
        return shortlist.stream().map(r -> Arrays.<Object>asList(
                r.entry().priority(),
                r.contact().displayName(),
                r.contact().fit().rating(),
                r.targetFollowers(),
                r.contact().outreach().status().englishWord(),
                r.entry().plannedFee() == null ? null : r.entry().plannedFee().amount(),
                r.entry().plannedFee() == null ? null : r.entry().plannedFee().currency().getCurrencyCode(),
                r.entry().plannedGift(),
                r.entry().plannedGiftValue() == null ? null : r.entry().plannedGiftValue().amount(),
                r.entry().plannedGiftValue() == null ? null
                        : r.entry().plannedGiftValue().currency().getCurrencyCode(),
                r.entry().backup(),
                r.deal() == null ? null : r.deal().stage().englishWord())).toList();
    }
}
