package app.rapport.ui.campaigns;

import java.util.Arrays;
import java.util.List;

/** A campaign's shortlist as table rows for a sheet. */
final class ShortlistSheet {

    static final List<String> HEADER = List.of("Priority", "Creator", "Fit", "Followers on targets", "Outreach",
            "Planned fee", "Fee currency", "Planned gift", "Gift value", "Gift currency", "Backup", "Deal");

    private ShortlistSheet() {
    }

    /** Writes the rows safely, as CSV when the file name ends in ".csv", else XLSX; returns how many. */
    static int write(java.nio.file.Path file, List<ShortlistRow> shortlist) throws java.io.IOException {
        boolean csv = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        app.rapport.exchange.SafeFiles.write(file, temp -> {
            if (csv) {
                try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(temp,
                        java.nio.charset.StandardCharsets.UTF_8)) {
                    app.rapport.exchange.Sheets.writeCsv(HEADER, rows(shortlist), out);
                }
            } else {
                try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(temp)) {
                    app.rapport.exchange.Sheets.writeXlsx("Shortlist", HEADER, rows(shortlist), out);
                }
            }
        });
        return shortlist.size();
    }

    static List<List<Object>> rows(List<ShortlistRow> shortlist) {
        return shortlist.stream().map(r -> Arrays.<Object>asList(
                r.entry().priority(),
                r.contact().displayName(),
                r.contact().fit().rating(),
                r.targetFollowers(),
                r.contact().outreach().status().label(),
                r.entry().plannedFee() == null ? null : r.entry().plannedFee().amount(),
                r.entry().plannedFee() == null ? null : r.entry().plannedFee().currency().getCurrencyCode(),
                r.entry().plannedGift(),
                r.entry().plannedGiftValue() == null ? null : r.entry().plannedGiftValue().amount(),
                r.entry().plannedGiftValue() == null ? null
                        : r.entry().plannedGiftValue().currency().getCurrencyCode(),
                r.entry().backup(),
                r.deal() == null ? null : r.deal().stage().label())).toList();
    }
}
