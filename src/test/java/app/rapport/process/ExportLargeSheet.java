package app.rapport.process;

import app.rapport.domain.BrandFit;
import app.rapport.domain.Influencer;
import app.rapport.domain.Outreach;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.service.ExportService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Child process: writes an XLSX sheet of N generated contacts, then prints "DONE N". */
public final class ExportLargeSheet {

    private ExportLargeSheet() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]).resolve("large.xlsx");
        int n = Integer.parseInt(args[1]);
        Instant now = Instant.parse("2026-11-27T09:00:00Z");
        List<Influencer> contacts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            contacts.add(new Influencer((long) i, "Creator " + i, "Real Name " + i, "creator" + i + "@mail.example",
                    "+33 6 55 " + (10_000 + i % 90_000), "Lyon", "FR", List.of("French"), List.of("vegan", "food"),
                    "Audience notes of creator " + i, List.of(
                            SocialAccount.of(Platform.INSTAGRAM, "creator" + i).withFollowers(1000L + i)
                                    .withEngagementRate(new BigDecimal("3.2")),
                            SocialAccount.of(Platform.TIKTOK, "creator" + i).withFollowers(2000L + i)),
                    BrandFit.NONE, Outreach.NEW, now, now));
        }
        int written = new ExportService(ZoneOffset.UTC, Locale.UK).export(contacts,
                new ExportService.Request(ExportService.Format.XLSX, List.of(), false, true), file, ExportProgress.NONE);
        System.out.println("DONE " + written);
    }
}
