package app.rapport.process;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.UserError;
import app.rapport.service.BackupFile;
import app.rapport.service.Session;
import app.rapport.testing.PlainText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Encrypting a workspace, changing its password or decrypting it, killed (SIGKILL) at every step boundary,
 * leaves the old state or the new one, never a mix: the workspace opens with exactly one of the two passwords and holds every contact,
 * every backup opens with that password, and while encrypted no file of the workspace or of the temporary folder
 * holds a name or an email in the clear, before the next open (in the stage) or after it (anywhere).
 */
class RekeyKillTest {

    private static final int CONTACTS = 20;
    private static final String OLD = "the first password";
    private static final String NEW = "the second password";
    private static final List<String> STEPS_BEFORE_COMMIT = List.of("STAGING", "DATABASE_STAGED", "BACKUPS_STAGED");

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} killed at {1}")
    @CsvSource({
        "encrypt, STAGING", "encrypt, DATABASE_STAGED", "encrypt, BACKUPS_STAGED", "encrypt, COMMITTED",
        "encrypt, DATABASE_SWAPPED", "encrypt, BACKUPS_SWAPPED",
        "change-password, STAGING", "change-password, DATABASE_STAGED", "change-password, BACKUPS_STAGED",
        "change-password, COMMITTED", "change-password, DATABASE_SWAPPED", "change-password, BACKUPS_SWAPPED",
        "decrypt, STAGING", "decrypt, BACKUPS_STAGED", "decrypt, COMMITTED", "decrypt, BACKUPS_SWAPPED"})
    void aKilledKeyChangeLeavesTheOldStateOrTheNewWithNoPlainText(String command, String step) throws Exception {
        String before = command.equals("encrypt") ? null : OLD;
        String after = command.equals("decrypt") ? null : NEW;
        Path workspace = folder.resolve("ws");
        Path temp = Files.createDirectories(folder.resolve("tmp"));
        List<String> secrets = new ArrayList<>();
        try (Session session = Session.open(workspace, Clock.systemUTC(), before)) {
            for (int i = 0; i < CONTACTS; i++) {
                String name = "Wendeline Quarrington" + i;
                String email = "wendeline" + i + "@kill-point.example";
                session.contacts().save(anInfluencer().named(name).withEmail(email).build());
                secrets.add(name);
                secrets.add(email);
            }
            session.backups().automatic("before-import");
            Thread.sleep(1_100);
            session.backups().automatic("exit");
        }
        // What earlier killed commands left: a half backup and an unpacked one.
        Files.copy(workspace.resolve("rapport.mv.db"), workspace.resolve("backups/rapport-half.zip.part"));
        Files.createDirectories(workspace.resolve(".restore"));
        Files.copy(workspace.resolve("rapport.mv.db"), workspace.resolve(".restore/rapport.mv.db"));
        String[] texts = secrets.toArray(String[]::new);
        boolean committed = !STEPS_BEFORE_COMMIT.contains(step);

        try (ChildRapport child = ChildRapport.startWithOptions(List.of("-Drapport.test.pauseAt=" + step,
                "-Drapport.argon2.fast=true", "-Djava.io.tmpdir=" + temp), RekeyThenExit.class, workspace,
                before == null ? "-" : before, after == null ? "-" : after)) {
            child.awaitLine("PAUSED " + step);
            // The stage is written under the new key from its first byte; until the change commits, the workspace
            // of an encrypted one holds nothing plain outside the stage (which is plain only when decrypting).
            if (after != null) {
                assertThat(PlainText.filesContaining(workspace.resolve(".rekey"), texts)).isEmpty();
            }
            if (before != null && (after != null || !committed)) {
                assertThat(PlainText.filesContaining(workspace, texts))
                        .allMatch(file -> file.startsWith(workspace.resolve(".rekey")));
            }
            assertThat(PlainText.filesContaining(temp, texts)).isEmpty();
            child.killHard();
        }

        String expected = committed ? after : before;
        String other = committed ? before : after;
        if (expected != null) {
            // (A plain workspace opens whatever password is given, so only an encrypted one can refuse.)
            assertThatThrownBy(() -> Session.open(workspace, Clock.systemUTC(), other).close())
                    .isInstanceOf(UserError.class).satisfies(e -> assertThat(Session.needsPassword(e)).isTrue());
        }
        try (Session session = Session.open(workspace, Clock.systemUTC(), expected)) {
            assertThat(session.isEncrypted()).isEqualTo(expected != null);
            assertThat(session.contacts().countContacts()).isEqualTo(CONTACTS);
            assertThat(workspace.resolve(".rekey")).doesNotExist();
            assertThat(workspace.resolve(".restore")).doesNotExist();
            assertThat(workspace.resolve("backups/rapport-half.zip.part")).doesNotExist();
            List<BackupFile> backups = session.backups().backups();
            assertThat(backups).extracting(BackupFile::reason).contains("before-import", "exit");
            for (BackupFile backup : backups) {
                assertThat(session.backups().verify(backup.file()).contacts()).isEqualTo(CONTACTS);
            }
        }
        if (expected != null) {
            assertThat(PlainText.filesContaining(workspace, texts)).isEmpty();
            assertThat(PlainText.filesContaining(temp, texts)).isEmpty();
        }
    }
}
