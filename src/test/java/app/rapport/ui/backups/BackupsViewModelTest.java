package app.rapport.ui.backups;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.StatusLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsViewModelTest {

    @TempDir
    Path folder;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StatusLine status = new StatusLine();
    private final AtomicInteger restored = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    @AutoClose
    private Session session;
    private BackupsViewModel backups;

    @BeforeEach
    void open() {
        session = Session.open(folder.resolve("ws"), clock);
        backups = new BackupsViewModel(session.backups(), new Background(Runnable::run, Runnable::run), dialogs,
                status, clock, Locale.UK);
        backups.setOnRestored(restored::incrementAndGet);
    }

    @Test
    void aBackupTakenNowRestoresAfterLaterChanges() {
        session.contacts().save(anInfluencer().named("Ana").build());
        Path file = folder.resolve("now.zip");
        dialogs.willAnswer(file);
        backups.backUpNow();
        assertThat(file).exists();
        session.contacts().save(anInfluencer().named("Ben").withEmail("ben@example.com").build());

        dialogs.willAnswer(file).willConfirm(true);
        backups.restore();

        assertThat(session.contacts().listContacts()).extracting(Influencer::displayName).containsExactly("Ana");
        assertThat(restored).hasValue(1);
        assertThat(dialogs.asked).contains("backups: 1", "Backup restored");
        assertThat(status.messageProperty().get()).isEqualTo("Restored now.zip: 1 contact.");
    }

    @Test
    void aBadFileIsRefusedAndNothingChanges() throws Exception {
        session.contacts().save(anInfluencer().named("Ana").build());
        Path notABackup = Files.writeString(folder.resolve("list.zip"), "hello");

        dialogs.willAnswer(notABackup).willConfirm(true);
        backups.restore();

        assertThat(dialogs.errors).containsExactly("list.zip is not a Rapport backup: it holds no workspace database.");
        assertThat(restored).hasValue(0);
        assertThat(session.contacts().countContacts()).isEqualTo(1);
    }

    @Test
    void theListSaysWhenWhyAndHowMany() {
        var daily = session.backups().backups().get(0);

        assertThat(backups.describe(daily)).matches("27 Nov 2026, 09:00 · daily · 0 contacts · \\d+ KB");
    }
}
