package app.rapport.service;

import app.rapport.domain.BrandFit;
import app.rapport.domain.EngagementRates;
import app.rapport.domain.FitNote;
import app.rapport.domain.FollowerCounts;
import app.rapport.domain.Influencer;
import app.rapport.domain.Outreach;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.SocialHandles;
import app.rapport.domain.Tags;
import app.rapport.domain.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The fictional creators shipped for demos and first steps. Each row lists its accounts as
 * {@code platform handle-or-url [followers [engagement]]}, separated by ";".
 */
final class SampleContacts {

    private static final String RESOURCE = "sample-contacts.csv";

    private SampleContacts() {
    }

    /** Reads the sample; notes and statuses are dated relative to {@code now}, follow-ups to {@code today}. */
    static List<Influencer> load(Instant now, LocalDate today) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = Objects.requireNonNull(SampleContacts.class.getResourceAsStream(RESOURCE), RESOURCE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Influencer> contacts = new ArrayList<>();
            for (CSVRecord row : format.parse(reader)) {
                contacts.add(toContact(row, now, today));
            }
            return contacts;
        } catch (IOException e) {
            throw new UncheckedIOException("The sample contacts could not be read", e);
        }
    }

    private static Influencer toContact(CSVRecord row, Instant now, LocalDate today) {
        String rating = Text.blankToNull(row.get("fit_rating"));
        String note = Text.blankToNull(row.get("fit_note"));
        BrandFit fit = new BrandFit(rating == null ? null : Integer.valueOf(rating), row.get("red_flags"),
                note == null ? List.of() : List.of(FitNote.at(now, note)));
        String followUp = Text.blankToNull(row.get("follow_up_in_days"));
        Outreach outreach = new Outreach(OutreachStatus.valueOf(row.get("status")),
                now.minus(Duration.ofDays(Long.parseLong(row.get("status_days_ago")))),
                followUp == null ? null : today.plusDays(Long.parseLong(followUp)), row.get("follow_up_reason"));
        return new Influencer(null, row.get("display_name"), row.get("real_name"), row.get("email"),
                row.get("phone"), row.get("city"), row.get("country"), Tags.parse(row.get("languages")),
                Tags.parse(row.get("tags")), row.get("audience_notes"), accounts(row.get("accounts")), fit,
                outreach, null, null);
    }

    private static List<SocialAccount> accounts(String column) {
        List<SocialAccount> accounts = new ArrayList<>();
        for (String entry : column.split(";")) {
            String[] parts = entry.strip().split("\\s+");
            Platform platform = Platform.fromName(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException("Unknown platform in sample: " + parts[0]));
            SocialAccount account = SocialHandles.parseProfileUrl(parts[1])
                    .map(p -> SocialAccount.of(platform, p.handle()).withProfileUrl(p.url()))
                    .orElseGet(() -> SocialAccount.of(platform, parts[1]));
            if (parts.length > 2) {
                account = account.withFollowers(FollowerCounts.parse(parts[2]).orElse(null));
            }
            if (parts.length > 3) {
                account = account.withEngagementRate(EngagementRates.parse(parts[3]).orElse(null));
            }
            accounts.add(account);
        }
        return accounts;
    }
}
