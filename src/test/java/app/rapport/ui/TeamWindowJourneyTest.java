package app.rapport.ui;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.RapportApp;
import app.rapport.domain.Campaign;
import app.rapport.domain.Influencer;
import app.rapport.domain.TeamServer;
import app.rapport.service.Session;
import app.rapport.testing.PostgresServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The window on a team workspace: the server's password asked (again after a wrong one), then its contacts. */
class TeamWindowJourneyTest {

    @TempDir
    Path home;

    @RegisterExtension
    final StartingRapport rapport = new StartingRapport();
    private final FxRobot robot = new FxRobot();

    @Test
    void theWindowAsksForTheServersPasswordAndShowsTheTeamsContacts() throws Exception {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        try (Session session = Session.openTeam(home.resolve("setup"), team, server.password(),
                Clock.systemDefaultZone())) {
            session.contacts().loadSample();
        }
        rapport.start(() -> new RapportApp(home.resolve("local"), Clock.systemDefaultZone(), team));

        waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        robot.clickOn("#passwordField").write("not the password");
        robot.clickOn("Connect");
        waitUntil(() -> robot.lookup(".field-error").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().startsWith("That password does not open")));
        robot.clickOn("#passwordField").write(server.password());
        robot.clickOn("Connect");
        rapport.started();

        waitUntil(() -> robot.lookup("#nav-contacts").tryQuery().isPresent());
        robot.clickOn("#nav-contacts");
        waitUntil(() -> robot.lookup("#table").tryQuery().map(t -> ((TableView<?>) t).getItems().size() >= 30)
                .orElse(false));
        assertThat(Window.getWindows().stream().filter(Stage.class::isInstance).map(w -> ((Stage) w).getTitle()))
                .anyMatch(title -> title.equals("Rapport — team workspace " + team.address()));
        assertThat(robot.lookup("#workspaceLabel").queryAs(Label.class).getText()).isEqualTo(team.address());

        // Someone else renames one contact and adds another: both appear, and the selection stays where it was.
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(3));
        long chosen = ((Influencer) table.getSelectionModel().getSelectedItem()).id();
        try (Session other = Session.openTeam(home.resolve("other"), team, server.password(),
                Clock.systemDefaultZone())) {
            Influencer first = other.contacts().listContacts().stream().filter(c -> c.id() != chosen).findFirst()
                    .orElseThrow();
            other.contacts().save(first.withTags(List.of("renamed-by-ben")));
            other.contacts().save(anInfluencer().named("Added By Ben").build());
        }
        waitUntil(() -> table.getItems().stream().anyMatch(c -> ((Influencer) c).displayName().equals("Added By Ben"))
                && table.getItems().stream().anyMatch(c -> ((Influencer) c).tags().contains("renamed-by-ben")));
        assertThat(((Influencer) table.getSelectionModel().getSelectedItem()).id()).isEqualTo(chosen);

        // Someone else renames the campaign on screen: the list and the untouched form follow.
        robot.clickOn("#nav-campaigns");
        waitUntil(() -> robot.lookup("#campaignList").tryQuery()
                .map(l -> !((ListView<?>) l).getItems().isEmpty()).orElse(false));
        ListView<?> campaigns = robot.lookup("#campaignList").queryAs(
                ListView.class);
        waitUntil(() -> !robot.lookup("#nameField").queryAs(TextField.class).getText().isEmpty());
        try (Session other = Session.openTeam(home.resolve("other"), team, server.password(),
                Clock.systemDefaultZone())) {
            Campaign shown = other.campaigns().campaigns().get(0);
            other.campaigns().save(new Campaign(shown.id(), "Renamed by Ben", shown.brief(),
                    shown.startOn(), shown.endOn(), shown.budget(), shown.targetNiches(), shown.targetPlatforms(),
                    shown.status(), shown.rates(), shown.createdAt(), shown.updatedAt(), shown.version()));
        }
        waitUntil(() -> campaigns.getItems().stream()
                .anyMatch(c -> ((Campaign) c).name().equals("Renamed by Ben"))
                && robot.lookup("#nameField").queryAs(TextField.class).getText()
                        .equals("Renamed by Ben"));

        // Settings say where the workspace is; the file's encryption and backups are the server's business.
        robot.clickOn("#nav-settings");
        waitUntil(() -> robot.lookup("#workspaceWhere").tryQuery().isPresent());
        assertThat(robot.lookup("#workspaceWhere").queryAs(Label.class).getText())
                .isEqualTo("A team workspace on " + team.address() + ", shared with everyone who uses it.");
        assertThat(robot.lookup("#encryptionButtons").query().isVisible()).isFalse();
        assertThat(robot.lookup("#copyToTeamButton").queryButton().isVisible()).isFalse();
    }
}
