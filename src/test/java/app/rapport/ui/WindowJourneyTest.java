package app.rapport.ui;

import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.rapport.ui.common.Texts;
import app.rapport.ui.common.WindowIcons;
import app.rapport.ui.common.WindowPlace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The window keeps its place per workspace, and every window carries Rapport's icon in every size. */
class WindowJourneyTest {

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();

    @Test
    void theWindowOpensWhereItWasLeftWithTheContactsDividerWhereItWasDragged() throws Exception {
        window.open(workspace);
        FxRobot robot = window.robot();
        Stage stage = window.app().stage();
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        SplitPane contacts = robot.lookup(".contacts-screen").queryAs(SplitPane.class);
        robot.interact(() -> contacts.setDividerPositions(0.5));
        double dragged = contacts.getDividerPositions()[0];
        window.close();
        assertThat(WindowPlace.read(workspace).bounds()).isEqualTo(new Rectangle2D(40, 30, 1000, 700));

        // The test's window is the same stage each time: it is moved away, and must come back from the kept place.
        Stage primary = FxToolkit.registerPrimaryStage();
        List<Double> widthsWhenShown = new ArrayList<>();
        ChangeListener<Boolean> shown = (obs, was, showing) -> {
            if (showing) {
                widthsWhenShown.add(primary.getWidth());
            }
        };
        robot.interact(() -> {
            primary.setX(0);
            primary.setY(0);
            primary.setWidth(1200);
            primary.setHeight(760);
            primary.showingProperty().addListener(shown);
        });
        try {
            window.open(workspace);
        } finally {
            robot.interact(() -> primary.showingProperty().removeListener(shown));
        }

        // The size is the window's from the moment it shows, not put right after its first frame.
        assertThat(widthsWhenShown).first().isEqualTo(1000.0);
        Stage reopened = window.app().stage();
        assertThat(new Rectangle2D(reopened.getX(), reopened.getY(), reopened.getWidth(), reopened.getHeight()))
                .isEqualTo(new Rectangle2D(40, 30, 1000, 700));
        SplitPane reopenedContacts = robot.lookup(".contacts-screen").queryAs(SplitPane.class);
        assertThat(reopenedContacts.getDividerPositions()[0]).isCloseTo(dragged, within(0.02));
    }

    @Test
    void aWindowLeftOnAnUnpluggedScreenComesBackOnThePrimaryOneAndFitsIt() throws Exception {
        RapportWindow.fill(workspace, session -> { });
        Files.writeString(workspace.resolve(WindowPlace.FILE_NAME), "x=5200\ny=2400\nwidth=4000\nheight=3000\n");
        Stage shared = FxToolkit.registerPrimaryStage();
        window.robot().interact(() -> {
            shared.setWidth(1000);
            shared.setHeight(700);
        });

        window.open(workspace);

        Stage stage = window.app().stage();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).isEqualTo(primary.getWidth());
        assertThat(stage.getHeight()).isEqualTo(primary.getHeight());
        assertThat(primary.contains(stage.getX() + 1, stage.getY() + 1)).isTrue();
    }

    @Test
    void theMainWindowItsDialogsAndChildWindowsCarryEveryIconSize() throws Exception {
        window.open(workspace);
        FxRobot robot = window.robot();
        assertThat(sizes(window.app().stage())).containsExactlyElementsOf(WindowIcons.SIZES);

        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcutsDialog").tryQuery().isPresent());
        Window shortcuts = robot.lookup("#shortcutsDialog").queryAs(DialogPane.class).getScene().getWindow();
        assertThat(sizes((Stage) shortcuts)).containsExactlyElementsOf(WindowIcons.SIZES);
        robot.interact(shortcuts::hide);

        MenuItem trash = menuItem(robot, "main.trash");
        robot.interact(trash::fire);
        waitUntil(() -> childWindow().isPresent());
        Stage trashWindow = childWindow().orElseThrow();
        assertThat(sizes(trashWindow)).containsExactlyElementsOf(WindowIcons.SIZES);
        robot.interact(trashWindow::hide);

        // About is an alert: it holds its caller until answered, so it is opened later and answered here.
        MenuItem about = menuItem(robot, "main.aboutRapport");
        robot.interact(() -> Platform.runLater(about::fire));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Stage alert = (Stage) robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene().getWindow();
        assertThat(sizes(alert)).containsExactlyElementsOf(WindowIcons.SIZES);
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAs(Button.class));
        waitUntil(() -> !alert.isShowing());
    }

    private Optional<Stage> childWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w != window.app().stage())
                .map(Stage.class::cast).findFirst();
    }

    private static List<Integer> sizes(Stage stage) {
        return stage.getIcons().stream().map(Image::getWidth).map(Double::intValue).toList();
    }

    private static MenuItem menuItem(FxRobot robot, String textKey) {
        String text = Texts.text(textKey);
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> text.equals(item.getText()))
                .findFirst().orElseThrow();
    }
}
