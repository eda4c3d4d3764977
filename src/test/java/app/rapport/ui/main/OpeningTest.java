package app.rapport.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password given on the command line (from a password file) is tried before the window asks. */
class OpeningTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void encryptedWorkspace() {
        try (Session session = Session.open(folder, clock)) {
            session.contacts().loadSample();
            session.changeEncryption("brand new secret");
        }
    }

    @Test
    void theGivenPasswordOpensWithoutAsking() {
        Opening.Result opened = Opening.encrypted(dialogs, folder, clock, "brand new secret");
        try (Session session = opened.session()) {
            assertThat(session.contacts().countContacts()).isEqualTo(30);
        }
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void aWrongGivenPasswordIsAskedAgainWithTheReason() {
        dialogs.willAnswer("brand new secret");

        Opening.Result opened = Opening.encrypted(dialogs, folder, clock, "not the secret");

        try (Session session = opened.session()) {
            assertThat(session.contacts().countContacts()).isEqualTo(30);
        }
        assertThat(dialogs.asked).containsExactly(
                "Open workspace: That password does not open this workspace; try again.");
    }

    @Test
    void goingBackToTheLocalWorkspaceOpensItOffTheFxThreadAndAsksItsPassword() {
        List<Opening.Result> results = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        // The work runs on its own thread, as the app's worker pool does; results come back here.
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "worker"));
        try {
            Background background = new Background(command -> worker.execute(() -> {
                threads.add(Thread.currentThread().getName());
                command.run();
            }), Runnable::run);
            dialogs.willAnswer("brand new secret");

            Opening.local(background, dialogs, folder, clock, results::add);
            worker.shutdown();
            assertThat(worker.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }

        assertThat(threads).containsExactly("worker");
        assertThat(dialogs.asked).containsExactly("Open workspace");
        try (Session session = results.get(0).session()) {
            assertThat(session.contacts().countContacts()).isEqualTo(30);
        }
    }
}
