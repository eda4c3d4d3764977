package app.rapport.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Influencer;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.UserError;
import app.rapport.service.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Promises that need a second real process: nothing saved is lost to kill -9, and one writer at a time. */
class WorkspaceProcessTest {

    @TempDir
    Path workspace;

    @Test
    void aContactSavedJustBeforeTheProcessIsKilledIsThereAfterwards() throws Exception {
        try (ChildRapport child = ChildRapport.start(SaveThenWait.class, workspace, "Luna Bakes", "Wick & Wander")) {
            child.awaitLine("SAVED");
            child.awaitLine("SAVED");
            // Killed right after the save returned: no shutdown hook, no orderly close.
            child.killHard();
        }

        try (Session session = Session.open(workspace, Clock.systemUTC())) {
            List<Influencer> contacts = session.contacts().listContacts();
            assertThat(contacts).extracting(Influencer::displayName).containsExactly("Luna Bakes", "Wick & Wander");
            assertThat(contacts.get(1).accounts()).extracting(SocialAccount::handle)
                    .containsExactly("handle2", "handle2");
        }
    }

    @Test
    void aSecondRapportOnTheSameWorkspaceIsToldPlainly() throws Exception {
        try (ChildRapport child = ChildRapport.start(SaveThenWait.class, workspace)) {
            child.awaitLine("WAITING");

            assertThatThrownBy(() -> Session.open(workspace, Clock.systemUTC()))
                    .isInstanceOf(UserError.class)
                    .hasMessageMatching("This workspace is open in another Rapport window \\(process \\d+\\) — close "
                            + "it first, or choose another workspace\\.");
            // The refused attempt left the running Rapport's lock and data alone.
            assertThat(Files.readString(workspace.resolve("rapport.lock"))).isNotEqualTo(
                    Long.toString(ProcessHandle.current().pid()));
        }
    }

    @Test
    void aLockLeftByAKilledRapportIsTakenOver() throws Exception {
        try (ChildRapport child = ChildRapport.start(SaveThenWait.class, workspace, "Luna Bakes")) {
            child.awaitLine("WAITING");
            child.killHard();
        }
        assertThat(workspace.resolve("rapport.lock")).exists();

        try (Session session = Session.open(workspace, Clock.systemUTC())) {
            assertThat(session.contacts().countContacts()).isEqualTo(1);
            assertThat(Files.readString(workspace.resolve("rapport.lock")))
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }
}
