package app.rapport.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.Session;
import app.rapport.testing.DamagedWorkspaces;
import app.rapport.testing.DamagedWorkspaces.Fault;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.DialogService.DamagedChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's answer to a damaged workspace, without a toolkit: restore a backup or salvage, or quit. */
class DamagedWorkspaceTest {

    @TempDir
    static Path made;
    private static Path original;
    private static Path backup;

    @TempDir
    Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Clock clock = Clock.systemDefaultZone();

    @BeforeAll
    static void workspaceWithABackup() throws IOException {
        original = made.resolve("brand");
        backup = DamagedWorkspaces.create(original, null);
    }

    private Path damaged() throws IOException {
        Path workspace = home.resolve("brand");
        DamagedWorkspaces.copy(original, workspace);
        Files.copy(backup, workspace.resolve("backups").resolve("rapport-20261201-120000-manual-2030.zip"));
        DamagedWorkspaces.damage(workspace, Fault.TRUNCATED_TO_HALF);
        return workspace;
    }

    @Test
    void restoringTheNewestBackupOpensTheWorkspaceAsItWasThen() throws IOException {
        Path workspace = damaged();
        dialogs.willAnswer(DamagedChoice.RESTORE).willAnswer(workspace.resolve("backups")
                .resolve("rapport-20261201-120000-manual-2030.zip"));

        Opening.Result result = DamagedWorkspace.recover(dialogs, workspace, clock, null, Locale.UK);

        try (Session session = result.session()) {
            assertThat(session.contacts().countContacts()).isEqualTo(DamagedWorkspaces.CONTACTS);
            assertThat(session.workspaceRoot()).isEqualTo(workspace);
        }
        assertThat(dialogs.asked).containsExactly("damaged: " + workspace, "backups: 3", "Backup restored");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBackupThatCannotBeUsedIsSaidAndTheQuestionAskedAgain() throws IOException {
        Path workspace = damaged();
        Path notABackup = Files.writeString(home.resolve("notes.zip"), "not a zip");
        dialogs.willAnswer(DamagedChoice.RESTORE).willAnswer(notABackup).willAnswer(DamagedChoice.QUIT);

        Opening.Result result = DamagedWorkspace.recover(dialogs, workspace, clock, null, Locale.UK);

        assertThat(result.cancelled()).isTrue();
        assertThat(dialogs.errors).containsExactly("notes.zip is not a Rapport backup: it holds no workspace "
                + "database.");
        assertThat(dialogs.asked).containsExactly("damaged: " + workspace, "backups: 3", "damaged: " + workspace);
    }

    @Test
    void salvagingOpensTheNewWorkspaceBesideTheDamagedOneAndLeavesThatAsItIs() throws IOException {
        Path workspace = home.resolve("brand");
        DamagedWorkspaces.copy(original, workspace);
        DamagedWorkspaces.damage(workspace, Fault.RANDOM_BYTES_IN_A_PAGE);
        String before = DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"));
        dialogs.willAnswer(DamagedChoice.SALVAGE);

        Opening.Result result = DamagedWorkspace.recover(dialogs, workspace, clock, null, Locale.UK);

        try (Session session = result.session()) {
            assertThat(session.workspaceRoot().getFileName().toString()).startsWith("brand-salvaged-");
            assertThat(session.contacts().countContacts()).isBetween(DamagedWorkspaces.CONTACTS - 500L,
                    DamagedWorkspaces.CONTACTS - 20L);
        }
        assertThat(dialogs.asked).containsExactly("damaged: " + workspace, "Workspace salvaged");
        assertThat(DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"))).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(home)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("brand-salvaged-"));
        }
    }

    @Test
    void quittingChangesNothing() throws IOException {
        Path workspace = damaged();
        String before = DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"));
        dialogs.willAnswer(DamagedChoice.QUIT);

        assertThat(DamagedWorkspace.recover(dialogs, workspace, clock, null, Locale.UK).cancelled()).isTrue();

        assertThat(DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"))).isEqualTo(before);
    }
}
