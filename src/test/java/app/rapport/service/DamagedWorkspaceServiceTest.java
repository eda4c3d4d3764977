package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.rapport.domain.UserError;
import app.rapport.testing.DamagedWorkspaces;
import app.rapport.testing.DamagedWorkspaces.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restore and salvage of a damaged encrypted workspace, through the service: the password opens only the backup
 * and the damaged file, nothing readable is written outside an encrypted file, and the kinds of backup must match.
 */
class DamagedWorkspaceServiceTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String EMAIL = "creator1500@example.com";

    @TempDir
    static Path made;
    private static Path encrypted;
    private static Path encryptedBackup;
    private static Path plainBackup;

    @TempDir
    Path home;
    private final Clock clock = Clock.systemDefaultZone();

    @BeforeAll
    static void workspacesWithBackups() throws IOException {
        encrypted = made.resolve("secret");
        encryptedBackup = DamagedWorkspaces.create(encrypted, PASSWORD);
        plainBackup = DamagedWorkspaces.create(made.resolve("plain"), null);
    }

    private Path damaged(Fault fault) throws IOException {
        Path workspace = home.resolve("secret");
        DamagedWorkspaces.copy(encrypted, workspace);
        DamagedWorkspaces.damage(workspace, fault);
        return workspace;
    }

    @Test
    void aDamagedEncryptedWorkspaceIsToldFromAWrongPassword() throws IOException {
        Path workspace = damaged(Fault.TRUNCATED_TO_HALF);

        Throwable withPassword = catchThrowable(() -> Session.open(workspace, clock, PASSWORD).close());
        Throwable wrongPassword = catchThrowable(() -> Session.open(workspace, clock, "not the password").close());

        assertThat(Session.isDamaged(withPassword)).as(String.valueOf(withPassword)).isTrue();
        assertThat(Session.needsPassword(wrongPassword)).isTrue();
        assertThat(Session.isDamaged(wrongPassword)).isFalse();
    }

    @Test
    void anEncryptedBackupIsRestoredWithThePasswordWithoutOpeningTheDamagedFile() throws IOException {
        Path workspace = damaged(Fault.TRUNCATED_TO_HALF);
        String damagedHash = DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"));

        RestoredBackup restored = BackupService.restoreWithoutOpening(workspace, encryptedBackup, PASSWORD, clock);

        assertThat(restored.health().healthy()).isTrue();
        assertThat(restored.health().contacts()).isEqualTo(DamagedWorkspaces.CONTACTS);
        assertThat(DamagedWorkspaces.hash(restored.damagedFileKeptAt())).isEqualTo(damagedHash);
        try (Session session = Session.open(workspace, clock, PASSWORD)) {
            assertThat(session.isEncrypted()).isTrue();
        }
        assertThat(DamagedWorkspaces.filesHolding(workspace, EMAIL)).isEmpty();
    }

    @Test
    void withoutItsPasswordAnEncryptedWorkspaceIsNotRestored() throws IOException {
        Path workspace = damaged(Fault.TRUNCATED_TO_HALF);
        String before = DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"));

        Throwable refused = catchThrowable(() -> BackupService.restoreWithoutOpening(workspace, encryptedBackup, null,
                clock));

        assertThat(Session.needsPassword(refused)).isTrue();
        assertThat(refused).hasMessage("This workspace is encrypted: give its password (--password-file) to restore "
                + "a backup into it.");
        assertThat(DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"))).isEqualTo(before);
    }

    @Test
    void aPlainBackupIsNotRestoredIntoAnEncryptedWorkspace() throws IOException {
        Path workspace = damaged(Fault.TRUNCATED_TO_HALF);
        String before = DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"));

        Throwable refused = catchThrowable(() -> BackupService.restoreWithoutOpening(workspace, plainBackup, PASSWORD,
                clock));

        assertThat(refused).isInstanceOf(UserError.class).hasMessage("The backup plain-backup.zip was made with "
                + "another password (or none), so it cannot be restored into this workspace.");
        assertThat(DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"))).isEqualTo(before);
        assertThat(workspace.resolve(".restore")).doesNotExist();
    }

    @Test
    void anEncryptedWorkspaceIsSalvagedIntoAnEncryptedOneAndNothingReadableIsWrittenOnTheWay() throws IOException {
        Path workspace = damaged(Fault.TORN_LAST_CHUNK);
        String before = DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"));
        Path salvaged = home.resolve("salvaged");

        SalvageReport report = BackupService.salvage(workspace, salvaged, PASSWORD, clock);

        assertThat(report.folder()).isEqualTo(salvaged);
        assertThat(report.contacts()).isPositive();
        assertThat(report.rows().get("social_account")).isPositive();
        assertThat(DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"))).isEqualTo(before);
        assertThat(DamagedWorkspaces.filesHolding(home, EMAIL)).isEmpty();
        assertThat(Session.needsPassword(catchThrowable(() -> Session.open(salvaged, clock).close()))).isTrue();
        try (Session session = Session.open(salvaged, clock, PASSWORD)) {
            assertThat(session.contacts().countContacts()).isEqualTo(report.contacts());
            assertThat(session.backups().check().healthy()).isTrue();
        }
    }

    @Test
    void salvageNeverWritesOverAWorkspace() throws IOException {
        Path workspace = damaged(Fault.TORN_LAST_CHUNK);
        Path occupied = home.resolve("occupied");
        Session.open(occupied, clock).close();
        String before = DamagedWorkspaces.hash(occupied.resolve("rapport.mv.db"));

        Throwable refused = catchThrowable(() -> BackupService.salvage(workspace, occupied, PASSWORD, clock));

        assertThat(refused).hasMessage("The folder " + occupied + " already holds a workspace; choose a new folder.");
        assertThat(DamagedWorkspaces.hash(occupied.resolve("rapport.mv.db"))).isEqualTo(before);
        assertThat(Files.exists(occupied.resolve(".salvage"))).isFalse();
    }

    @Test
    void salvageLeavesAFolderOfOtherFilesAlone() throws IOException {
        Path workspace = damaged(Fault.TRUNCATED_TO_HALF);
        Path folder = Files.createDirectories(home.resolve("documents"));
        Path letter = Files.writeString(folder.resolve("letter.txt"), "Dear Luna");

        Throwable refused = catchThrowable(() -> BackupService.salvage(workspace, folder, PASSWORD, clock));

        assertThat(refused).hasMessage("The folder " + folder + " already holds files; choose a new or empty "
                + "folder.");
        assertThat(letter).hasContent("Dear Luna");
    }
}
