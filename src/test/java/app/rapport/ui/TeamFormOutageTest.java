package app.rapport.ui;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Campaign;
import app.rapport.domain.Deal;
import app.rapport.domain.Influencer;
import app.rapport.domain.Money;
import app.rapport.domain.TeamServer;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.PostgresServer;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.campaigns.CampaignsViewModel;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.Books;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.deals.DealEditorViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deal editor and the campaign form while the team server is down: the edit is kept, the user told, and
 * it is saved once, when the server is back.
 */
class TeamFormOutageTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Background background = new Background(Runnable::run, Runnable::run);
    private PostgresServer server;
    @AutoClose
    private Session session;
    private Influencer luna;

    @BeforeEach
    void open() {
        server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        session = Session.openTeam(folder, team, server.password(), clock);
        luna = session.contacts().save(anInfluencer().named("Luna Bakes").build());
    }

    @Test
    void aDealSavedDuringAnOutageIsKeptAndSavedOnceTheServerIsBack() throws Exception {
        List<Deal> saved = new ArrayList<>();
        DealEditorViewModel editor = new DealEditorViewModel(null, luna, session.deals(), background, dialogs,
                Locale.UK, saved::add);
        // Read by the thread that restarts the server, to know when the editor waits for it.
        List<String> said = new CopyOnWriteArrayList<>();
        editor.problemProperty().addListener((obs, old, text) -> said.add(text));
        editor.titleProperty().set("Winter reel");
        editor.feeAmountProperty().set("150");

        String waiting = "The team server cannot be reached: your deal is kept here, and saved once the server is "
                + "back.";

        server.duringOutage(editor::save, () -> said.contains(waiting));

        assertThat(said).contains(waiting);
        assertThat(dialogs.errors).isEmpty();
        assertThat(saved).singleElement().satisfies(d -> assertThat(d.title()).isEqualTo("Winter reel"));
        assertThat(session.deals().dealsOf(luna.id())).singleElement()
                .satisfies(d -> assertThat(d.fee()).isEqualTo(Money.of("150", "EUR")));
        assertThat(editor.closedProperty().get()).isTrue();
        assertThat(editor.savingProperty().get()).isFalse();
    }

    @Test
    void aCampaignSavedDuringAnOutageIsKeptAndSavedOnceTheServerIsBack() throws Exception {
        StatusLine status = new StatusLine();
        List<String> said = new CopyOnWriteArrayList<>();
        status.messageProperty().addListener((obs, old, text) -> said.add(text));
        Books books = new Books(session.deals(), session.campaigns(), session.settings(), session.search(),
                session.changes(), background, dialogs);
        CampaignsViewModel campaigns = new CampaignsViewModel(session.campaigns(), books.campaigns(),
                FXCollections.observableArrayList(luna), session.changes(), background, dialogs, status, Locale.UK);
        campaigns.newCampaign();
        campaigns.form().nameProperty().set("Holiday gifts");
        campaigns.form().budgetProperty().set("1000");

        String waiting = "The team server cannot be reached: your campaign is kept, and saved once the server is "
                + "back.";

        server.duringOutage(campaigns::saveCampaign, () -> said.contains(waiting));

        assertThat(said).contains(waiting, "Saved the campaign Holiday gifts.");
        assertThat(dialogs.errors).isEmpty();
        assertThat(session.campaigns().campaigns()).extracting(Campaign::name).containsExactly("Holiday gifts");
        assertThat(campaigns.savingProperty().get()).isFalse();
    }
}
