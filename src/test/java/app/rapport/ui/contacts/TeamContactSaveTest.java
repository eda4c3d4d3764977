package app.rapport.ui.contacts;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.TeamServer;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.PostgresServer;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.StatusLine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving the contact form while the team server is down: the edit is kept and saved once, when it is back. */
class TeamContactSaveTest {

    @TempDir
    Path folder;

    @Test
    void aSaveDuringAServerOutageIsKeptAndMadeOnceWhenTheServerIsBack() throws Exception {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        try (Session session = Session.openTeam(folder, team, server.password(), clock)) {
            Influencer luna = session.contacts().save(anInfluencer().named("Luna Bakes").build());
            Background background = new Background(Runnable::run, Runnable::run);
            StatusLine status = new StatusLine();
            // Read by the thread that restarts the server, to know when the save waits for it.
            List<String> said = new CopyOnWriteArrayList<>();
            status.messageProperty().addListener((obs, old, text) -> said.add(text));
            ContactBook book = new ContactBook(session.contacts(), session.outreach(), session.search(),
                    session.changes(), background, dialogs, status);
            ContactEditorViewModel editor = new ContactEditorViewModel(clock);
            ContactsViewModel contacts = new ContactsViewModel(session.contacts(), session.outreach(),
                    session.exports(), session.settings(), book, editor,
                    new OutreachViewModel(session.outreach(), book, background, dialogs, status, clock), background,
                    dialogs, status);
            contacts.load();
            contacts.select(luna);
            editor.cityProperty().set("Madrid");

            String waiting = "The team server cannot be reached: your changes are kept, and saved once it is back.";

            server.duringOutage(contacts::save, () -> said.contains(waiting));

            assertThat(said).contains(waiting, "Saved Luna Bakes.");
            assertThat(dialogs.errors).isEmpty();
            assertThat(session.contacts().listContacts()).singleElement()
                    .satisfies(c -> assertThat(c.city()).isEqualTo("Madrid"));
            assertThat(editor.dirtyProperty().get()).isFalse();
        }
    }
}
