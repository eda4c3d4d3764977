package app.rapport.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A contact as a row of {@code rapport export --format csv}, read back with Commons CSV: what a plain filter
 * written without the search code can test.
 *
 * @param followers the largest follower count among the accounts (the main account's), {@code null} when none
 *                  is known; the sheet has one account per platform, and the generated contacts have no more
 */
record ExportedRow(String name, String realName, String email, String country, List<String> tags, String status,
        List<String> handles, Long followers) {

    private static final String[] PLATFORMS = {"instagram", "tiktok", "youtube"};

    /** Every row of the sheet. */
    static List<ExportedRow> read(Path csv) throws IOException {
        List<ExportedRow> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in)) {
                List<String> handles = new ArrayList<>();
                Long followers = null;
                for (String platform : PLATFORMS) {
                    String handle = cell(record, platform + ".handle");
                    if (!handle.isEmpty()) {
                        handles.add(handle);
                    }
                    String count = cell(record, platform + ".followers");
                    if (!count.isEmpty()) {
                        followers = Math.max(followers == null ? 0 : followers, Long.parseLong(count));
                    }
                }
                String tags = cell(record, "tags");
                rows.add(new ExportedRow(cell(record, "name"), cell(record, "real_name"), cell(record, "email"),
                        cell(record, "country"), tags.isEmpty() ? List.of() : Arrays.asList(tags.split("; ")),
                        cell(record, "status"), handles, followers));
            }
        }
        return rows;
    }

    /** Lower case without accents: how the search compares names, handles and email addresses. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static String cell(CSVRecord record, String column) {
        return record.isMapped(column) ? record.get(column) : "";
    }
}
