package app.rapport.ui;

import static app.rapport.ui.RapportWindow.fill;
import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.RapportApp;
import app.rapport.domain.Influencer;
import app.rapport.domain.search.QueryKey;
import app.rapport.service.Session;
import app.rapport.testing.Screenshots;
import app.rapport.ui.common.Snapshots;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Searching in the real window, and a saved view surviving a restart. */
class SearchJourneyTest {

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();
    @RegisterExtension
    final StartingRapport rapport = new StartingRapport();

    @Test
    void aTypedSearchFiltersTheTableAndASavedViewOpensAfterARestart() throws Exception {
        int all;
        int partners;
        try (Session session = Session.open(workspace, Clock.systemDefaultZone())) {
            session.contacts().loadSample();
            all = session.contacts().listContacts().size();
            partners = session.search().find("status:partner").size();
        }
        assertThat(partners).isBetween(1, all - 1);
        window.open(workspace);
        FxRobot robot = window.robot();
        TableView<Influencer> table = window.table();
        waitUntil(() -> table.getItems().size() == all);

        window.search("status:partner");

        waitUntil(() -> table.getItems().size() == partners);
        assertThat(robot.lookup(".status-bar").lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo(partners + " of " + all + " contacts");
        assertThat(robot.lookup("#chip-status").queryAs(MenuButton.class).getText())
                .isEqualTo("Status: Partner");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#askedText").tryQuery().isPresent());
        robot.clickOn("#askedText").write("Our partners").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#viewList").lookup("Our partners").tryQuery().isPresent());

        TableColumn<Influencer, ?> updated = table.getColumns().stream()
                .filter(c -> "updatedColumn".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            updated.setVisible(false);
            table.getColumns().remove(updated);
            table.getColumns().add(0, updated);
        });
        // Closed at once, as a user quitting right after moving a column: the layout is kept all the same.
        window.close();
        window.open(workspace);
        TableView<Influencer> reopened = window.table();
        waitUntil(() -> "updatedColumn".equals(reopened.getColumns().get(0).getId()));
        assertThat(reopened.getColumns().get(0).isVisible()).isFalse();
        waitUntil(() -> reopened.getItems().size() == all);
        waitUntil(() -> window.robot().lookup("#viewList").lookup("Our partners").tryQuery().isPresent());
        window.robot().clickOn(window.robot().lookup("#viewList").lookup("Our partners").queryAs(Button.class));

        waitUntil(() -> reopened.getItems().size() == partners);
        assertThat(window.robot().lookup("#filterField").queryAs(TextField.class).getText())
                .isEqualTo("status:partner");
    }

    @Test
    void theSearchedWordsAreMarkedInTheCellsAlreadyShownWithoutBuildingThemAgain() throws Exception {
        window.openOnTheSample(workspace);
        FxRobot robot = window.robot();
        Set<Node> before = Collections.newSetFromMap(new IdentityHashMap<>());
        before.addAll(robot.lookup("#table .table-cell").queryAll());

        window.search("a");

        // Every name shown marks its "a"s; the cells are the ones shown before the keystroke, marked in place
        // (a table refresh at each keystroke built every cell again, slower with every search typed).
        waitUntil(() -> !robot.lookup("#table .match").queryAll().isEmpty());
        Set<Node> marked = robot.lookup("#table .match").queryAll().stream()
                .map(match -> ancestorCell(match)).collect(Collectors.toSet());
        assertThat(marked).isNotEmpty().allMatch(before::contains);
        // "a", "A", an accented "á" (the search folds accents), or two side by side.
        assertThat(robot.lookup("#table .match").queryAll()).allMatch(match -> Normalizer.normalize(
                ((Text) match).getText(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .matches("a+"));
    }

    private static Node ancestorCell(Node node) {
        Node at = node;
        while (!(at instanceof TableCell<?, ?>)) {
            at = at.getParent();
        }
        return at;
    }

    @Test
    void theDashboardOpensFirstAndItsFiguresOpenTheirContacts() throws Exception {
        int overdue;
        try (Session session = Session.open(workspace, Clock.systemDefaultZone())) {
            session.contacts().loadSample();
            overdue = session.search().find("followup:overdue").size();
        }
        assertThat(overdue).isPositive();
        rapport.start(() -> new RapportApp(workspace, Clock.systemDefaultZone()));
        rapport.started();
        FxRobot robot = new FxRobot();
        waitUntil(() -> robot.lookup("#tile-overdue").tryQuery().isPresent());
        assertThat(robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).isSelected()).isTrue();
        BarChart<?, ?> funnel = robot.lookup(".dashboard-screen .chart").queryAs(BarChart.class);
        byte[] png = WaitForAsyncUtils.asyncFx(() -> Snapshots.png(funnel)).get();
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(picture.getWidth()).isGreaterThan(300);

        robot.clickOn("#tile-overdue");

        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
        TableView<Influencer> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == overdue);
        assertThat(robot.lookup("#filterField").queryAs(TextField.class).getText()).isEqualTo("followup:overdue");
    }

    @Test
    void anEncryptedWorkspaceAsksItsPasswordOverTheOpenWindowUntilItIsRight() throws Exception {
        try (Session session = Session.open(workspace, Clock.systemDefaultZone(), "sesame open wide")) {
            session.contacts().loadSample();
        }
        rapport.start(() -> new RapportApp(workspace, Clock.systemDefaultZone()));
        FxRobot robot = new FxRobot();
        waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        // The window is up before the workspace is open: its sidebar, and a busy mark where the screens will be.
        Parent starting = robot.lookup("#startingView").queryAs(Parent.class);
        assertThat(starting.getScene().getWindow().isShowing()).isTrue();
        assertThat(robot.from(starting).lookup(".nav-button").queryAll()).hasSize(7);
        assertThat(robot.from(starting).lookup(".progress-indicator").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-contacts").tryQuery()).isEmpty();
        robot.clickOn("#passwordField").write("wrong guess").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".field-error").tryQuery()
                .map(n -> ((Label) n).getText().equals("That password does not open this workspace; try again."))
                .orElse(false));
        robot.clickOn("#passwordField").write("sesame open wide").type(KeyCode.ENTER);
        rapport.started();
        waitUntil(() -> robot.lookup("#tile-overdue").tryQuery().isPresent());
        assertThat(robot.lookup("#startingView").tryQuery()).isEmpty();
    }

    @Test
    void aMistakeIsShownBesideTheSearchAndEscClearsIt() throws Exception {
        fill(workspace, session -> session.contacts().loadSample());
        window.open(workspace);
        FxRobot robot = window.robot();
        TableView<Influencer> table = window.table();
        waitUntil(() -> !table.getItems().isEmpty());
        int all = table.getItems().size();

        window.search("followers:<lots");

        waitUntil(() -> robot.lookup("#searchError").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#searchError").queryAs(Label.class).getText())
                .isEqualTo("Followers need a number such as 50k, <50k, 10k..100k or 1,000,000.");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#searchError").queryAs(Label.class).isVisible());
        assertThat(table.getItems()).hasSize(all);
    }

    @Test
    void theHelpBesideTheSearchListsEveryKeyAndHowValuesAreWritten() throws Exception {
        window.open(workspace);
        FxRobot robot = window.robot();

        Button helpButton = window.find("#searchHelpButton");
        robot.interact(helpButton::fire);

        waitUntil(() -> robot.lookup(".search-help").tryQuery().isPresent());
        VBox help = robot.lookup(".search-help").queryAs(VBox.class);
        List<String> texts = robot.from(help).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
        for (QueryKey key : QueryKey.values()) {
            assertThat(texts).as(key.word()).contains(key.help(), String.join("\n", key.examples()));
        }
        assertThat(texts).contains(QueryKey.syntax());
        assertThat(String.join(" ", texts)).contains("name:joy", "handle:@luna", "email:gmail", "1,000,000",
                "country:\"United States\",Spain");
        Screenshots.write(robot, help.getScene(), "search-help.png");
    }
}
