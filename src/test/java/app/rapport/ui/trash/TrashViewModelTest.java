package app.rapport.ui.trash;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.TrashedContact;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.StatusLine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrashViewModelTest {

    @TempDir
    Path folder;

    @Test
    void restoreDeleteForeverAndEmptyTheTrash() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        StatusLine status = new StatusLine();
        AtomicInteger reloads = new AtomicInteger();
        try (Session session = Session.open(folder.resolve("ws"), new MutableClock(
                Instant.parse("2026-11-27T09:00:00Z")))) {
            for (String name : new String[] {"Ana", "Ben", "Cleo"}) {
                Influencer saved = session.contacts().save(anInfluencer().named(name)
                        .withEmail(name.toLowerCase() + "@example.com").build());
                session.contacts().delete(saved.id());
            }
            TrashViewModel trash = new TrashViewModel(session.contacts(), new Background(Runnable::run, Runnable::run),
                    dialogs, status, reloads::incrementAndGet);
            trash.load();
            assertThat(trash.trashed()).hasSize(3);

            TrashedContact ana = trash.trashed().stream().filter(t -> t.displayName().equals("Ana")).findFirst()
                    .orElseThrow();
            trash.restore(ana);
            assertThat(reloads).hasValue(1);
            assertThat(session.contacts().listContacts()).extracting(Influencer::displayName).containsExactly("Ana");

            dialogs.willConfirm(false);
            trash.deleteForever(trash.trashed().get(0));
            assertThat(trash.trashed()).hasSize(2);
            dialogs.willConfirm(true);
            trash.emptyTrash();

            assertThat(trash.trashed()).isEmpty();
            assertThat(trash.emptyProperty().get()).isTrue();
            assertThat(status.messageProperty().get()).isEqualTo("Emptied the Trash.");
        }
    }
}
