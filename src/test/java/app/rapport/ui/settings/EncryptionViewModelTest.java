package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.StatusLine;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionViewModelTest {

    @TempDir
    Path folder;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StatusLine status = new StatusLine();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));

    @Test
    void encryptChangeAndRemoveFromSettings() {
        Path workspace = folder.resolve("ws");
        try (Session session = Session.open(workspace, clock)) {
            EncryptionViewModel encryption = new EncryptionViewModel(session,
                    new Background(Runnable::run, Runnable::run), dialogs, status);
            assertThat(encryption.encryptedProperty().get()).isFalse();

            dialogs.willAnswer("first secret");
            encryption.encrypt();
            assertThat(encryption.encryptedProperty().get()).isTrue();
            assertThat(status.messageProperty().get()).startsWith("Encrypted the workspace.");

            dialogs.willAnswer("second secret");
            encryption.changePassword();
            dialogs.willConfirm(false);
            encryption.removeEncryption();
            assertThat(encryption.encryptedProperty().get()).isTrue();
        }
        try (Session session = Session.open(workspace, clock, "second secret")) {
            EncryptionViewModel encryption = new EncryptionViewModel(session,
                    new Background(Runnable::run, Runnable::run), dialogs, status);
            dialogs.willConfirm(true);
            encryption.removeEncryption();
            assertThat(encryption.encryptedProperty().get()).isFalse();
        }
        try (Session session = Session.open(workspace, clock)) {
            assertThat(session.isEncrypted()).isFalse();
        }
        assertThat(dialogs.errors).isEmpty();
    }
}
