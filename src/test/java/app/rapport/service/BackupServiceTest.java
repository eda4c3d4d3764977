package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Influencer;
import app.rapport.domain.UserError;
import app.rapport.domain.safety.WorkspaceHealth;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.sheet.RawTable;
import app.rapport.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    @AutoClose
    private Session session;

    @BeforeEach
    void open() {
        session = Session.open(folder.resolve("ws"), clock);
    }

    private void save(String name) {
        session.contacts().save(anInfluencer().named(name).withEmail(name.toLowerCase() + "@example.com").build());
    }

    @Test
    void theFirstStartOfADayBacksUpAndLaterStartsDoNot() {
        assertThat(session.backups().backups()).singleElement().extracting(BackupFile::reason).isEqualTo("daily");
        session.close();
        session = Session.open(folder.resolve("ws"), clock);
        assertThat(session.backups().backups()).hasSize(1);

        clock.advance(Duration.ofDays(1));
        session.close();
        session = Session.open(folder.resolve("ws"), clock);

        assertThat(session.backups().backups()).hasSize(2);
    }

    @Test
    void rotationKeepsTenDaysAndTwelveMonths() {
        for (int day = 0; day < 400; day += 3) {
            clock.advance(Duration.ofDays(3));
            session.backups().automatic("exit");
            session.backups().automatic("exit");
        }

        List<BackupFile> kept = session.backups().backups();

        assertThat(kept.stream().map(b -> b.madeAt().toLocalDate()).distinct()).hasSizeLessThanOrEqualTo(22);
        assertThat(kept.subList(0, 10)).extracting(b -> b.madeAt().toLocalDate()).doesNotHaveDuplicates();
        assertThat(kept.stream().map(b -> YearMonth.from(b.madeAt())).distinct()).hasSize(12);
        assertThat(kept).hasSizeBetween(12, 22);
    }

    @Test
    void aRestoreBringsBackTheStateOfTheBackupAndKeepsTheCurrentOneAside() throws Exception {
        save("Ana");
        save("Ben");
        Path backup = folder.resolve("two.zip");
        session.backups().backUpTo(backup);
        save("Cleo");

        WorkspaceHealth health = session.backups().restore(backup);

        assertThat(health.healthy()).isTrue();
        assertThat(session.contacts().listContacts()).extracting(Influencer::displayName).containsExactly("Ana", "Ben");
        BackupFile before = session.backups().backups().get(0);
        assertThat(before.reason()).isEqualTo("before-restore");
        assertThat(before.contacts()).isEqualTo(3);
        save("Dana");
        assertThat(session.contacts().countContacts()).isEqualTo(3);
        assertThat(Files.list(folder.resolve("ws")).map(p -> p.getFileName().toString()))
                .doesNotContain(".restore");
    }

    @Test
    void aFileThatIsNotAHealthyBackupIsRefusedAndChangesNothing() throws Exception {
        save("Ana");
        Path garbage = Files.writeString(folder.resolve("notes.zip"), "not a zip at all");
        Path empty = folder.resolve("empty.zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(empty))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
        }

        assertThatThrownBy(() -> session.backups().restore(garbage)).isInstanceOf(UserError.class)
                .hasMessage("notes.zip is not a Rapport backup: it holds no workspace database.");
        assertThatThrownBy(() -> session.backups().restore(empty)).isInstanceOf(UserError.class)
                .hasMessageContaining("not a Rapport backup");
        assertThat(session.contacts().listContacts()).extracting(Influencer::displayName).containsExactly("Ana");
    }

    @Test
    void theCheckCountsRowsAndFindsNoBrokenLink() {
        save("Ana");

        WorkspaceHealth health = session.backups().check();

        assertThat(health.healthy()).isTrue();
        assertThat(health.schemaVersion()).isEqualTo("12");
        assertThat(health.rows()).containsEntry("contact", 1L).containsKey("social_account");
        assertThat(health.verdict()).startsWith("Healthy: schema 12, 1 contact, ").endsWith("every link intact.");
    }

    @Test
    void anImportIsBackedUpFirst() {
        int before = session.backups().backups().size();
        var table = new RawTable(List.of("Name"), List.of(List.of("Imported Ivy")), List.of(2),
                List.of(), StandardCharsets.UTF_8, ',');
        var plan = session.imports().plan(table, Map.of("Name",
                ImportField.named("name", null).orElseThrow()));

        session.imports().commit(plan, ImportService.OnDuplicate.SKIP,
                ExportProgress.NONE);

        assertThat(session.backups().backups()).hasSize(before + 1);
        assertThat(session.backups().backups().get(0).reason()).isEqualTo("before-import");
        assertThat(session.backups().backups().get(0).contacts()).isZero();
    }
}
