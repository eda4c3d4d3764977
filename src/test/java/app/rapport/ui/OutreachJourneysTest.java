package app.rapport.ui;

import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Outreach journeys in the real window, on the sample contacts. */
class OutreachJourneysTest {

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();

    @BeforeEach
    void openWithSample() throws TimeoutException {
        window.openOnTheSample(workspace);
    }

    @SuppressWarnings("unchecked")
    private ListView<Influencer> column(OutreachStatus status) {
        return window.robot().lookup("#list-" + status.name()).queryAs(ListView.class);
    }

    private static boolean has(ListView<Influencer> list, String name) {
        return list.getItems().stream().anyMatch(c -> c.displayName().equals(name));
    }

    @Test
    void draggingACardToAnotherColumnMovesTheContactAndRecordsIt() throws Exception {
        FxRobot robot = window.robot();
        robot.clickOn("#nav-pipeline");
        ListView<Influencer> prospects = column(OutreachStatus.PROSPECT);
        ListView<Influencer> contacted = column(OutreachStatus.CONTACTED);
        assertThat(has(prospects, "Fern & Finch")).isTrue();

        Node card = robot.from(prospects).lookup("Fern & Finch").query();
        robot.drag(card, MouseButton.PRIMARY).dropTo(contacted);

        waitUntil(() -> has(contacted, "Fern & Finch"));
        assertThat(has(prospects, "Fern & Finch")).isFalse();
        robot.clickOn("#nav-contacts");
        robot.clickOn("Fern & Finch");
        robot.clickOn("#outreachTab");
        waitUntil(() -> robot.lookup("Prospect → Contacted").tryQuery().isPresent());
    }

    @Test
    void aFollowUpMarkedDoneFromTodayLeavesTheList() throws Exception {
        FxRobot robot = window.robot();
        robot.clickOn("#nav-today");
        waitUntil(() -> robot.lookup("Café Crème Club").tryQuery().isPresent());
        Node line = robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith("entry-")
                && robot.from(n).lookup("Café Crème Club").tryQuery().isPresent()).query();

        robot.clickOn(robot.from(line).lookup(".done-button").queryAs(Button.class));
        waitUntil(() -> robot.lookup("Mark done").tryQuery().isPresent());
        robot.clickOn("Mark done");

        waitUntil(() -> robot.lookup("Café Crème Club").tryQuery().isEmpty());
    }

    /** A showing menu's item with this text (menu items live in their own popup windows). */
    private Node menuItem(String text) throws TimeoutException {
        FxRobot robot = window.robot();
        waitUntil(() -> robot.lookup(".menu-item").queryAll().stream().anyMatch(n -> isItem(n, text)));
        return robot.lookup(".menu-item").queryAll().stream().filter(n -> isItem(n, text)).findFirst().orElseThrow();
    }

    private boolean isItem(Node node, String text) {
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()
                && window.robot().from(node).lookup((Label l) -> text.equals(l.getText()))
                        .tryQuery().isPresent();
    }

    private OutreachStatus statusIn(String name) {
        return window.<Influencer>table().getItems().stream().filter(c -> c.displayName().equals(name))
                .findFirst().orElseThrow().outreach().status();
    }

    @Test
    void bulkSettingTheStatusOfThreeRowsIsUndoneInOneStep() throws Exception {
        FxRobot robot = window.robot();
        robot.clickOn("Fern & Finch");
        robot.press(KeyCode.SHIFT).clickOn("Trail Mix Tales").release(KeyCode.SHIFT);
        assertThat(window.table().getSelectionModel().getSelectedItems()).hasSize(3);

        robot.clickOn("#bulkButton");
        Node setStatus = menuItem("Set status");
        robot.clickOn(setStatus);
        Node replied = menuItem("Replied");
        // Into the submenu sideways first, so the pointer never crosses an item that would close it.
        robot.moveTo(setStatus).moveTo(replied.localToScreen(replied.getBoundsInLocal()).getMinX() + 10,
                setStatus.localToScreen(setStatus.getBoundsInLocal()).getCenterY());
        robot.clickOn(replied);

        waitUntil(() -> statusIn("Nordic Knits") == OutreachStatus.REPLIED);
        assertThat(statusIn("Fern & Finch")).isEqualTo(OutreachStatus.REPLIED);
        assertThat(statusIn("Trail Mix Tales")).isEqualTo(OutreachStatus.REPLIED);

        robot.clickOn("#table");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> statusIn("Nordic Knits") == OutreachStatus.NEGOTIATING);
        assertThat(statusIn("Fern & Finch")).isEqualTo(OutreachStatus.PROSPECT);
        assertThat(statusIn("Trail Mix Tales")).isEqualTo(OutreachStatus.NOT_A_FIT);
    }
}
