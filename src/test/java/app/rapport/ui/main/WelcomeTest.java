package app.rapport.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.Session;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.DialogService.WelcomeChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WelcomeTest {

    @TempDir
    Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Clock clock = Clock.systemDefaultZone();

    @Test
    void quittingCreatesNothing() {
        dialogs.willAnswer(WelcomeChoice.QUIT);

        Optional<Session> session = Welcome.createWorkspace(dialogs, home.resolve("Rapport"), clock);

        assertThat(session).isEmpty();
        assertThat(Session.exists(home.resolve("Rapport"))).isFalse();
    }

    @Test
    void cancellingThePasswordAsksAgainInsteadOfCreatingAPlainWorkspace() {
        dialogs.willAnswer(WelcomeChoice.WITH_PASSWORD).willCancel().willAnswer(WelcomeChoice.QUIT);

        Optional<Session> session = Welcome.createWorkspace(dialogs, home.resolve("Rapport"), clock);

        assertThat(session).isEmpty();
        assertThat(dialogs.asked).containsExactly("welcome", "Protect your workspace", "welcome");
        assertThat(Session.exists(home.resolve("Rapport"))).isFalse();
    }

    @Test
    void aPasswordGivenAtTheStartEncryptsTheNewWorkspace() {
        dialogs.willAnswer(WelcomeChoice.WITH_PASSWORD).willAnswer("a long enough secret");

        try (Session session = Welcome.createWorkspace(dialogs, home.resolve("Rapport"), clock).orElseThrow()) {
            assertThat(session.isEncrypted()).isTrue();
        }
    }

    @Test
    void startWithoutAPasswordMakesAPlainWorkspace() {
        dialogs.willAnswer(WelcomeChoice.WITHOUT_PASSWORD);

        try (Session session = Welcome.createWorkspace(dialogs, home.resolve("Rapport"), clock).orElseThrow()) {
            assertThat(session.isEncrypted()).isFalse();
            assertThat(Session.exists(home.resolve("Rapport"))).isTrue();
        }
    }
}
