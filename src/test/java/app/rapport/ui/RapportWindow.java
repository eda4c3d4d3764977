package app.rapport.ui;

import app.rapport.RapportApp;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real Rapport window on a workspace, driven the way a user drives it (a page object for journeys). */
final class RapportWindow {

    private final FxRobot robot = new FxRobot();
    private final Path workspace;
    private RapportApp app;

    private RapportWindow(Path workspace) {
        this.workspace = workspace;
    }

    /** Opens Rapport on the workspace, as a double-click would. */
    static RapportWindow open(Path workspace) throws TimeoutException {
        RapportWindow window = new RapportWindow(workspace);
        window.start();
        return window;
    }

    private void start() throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (RapportApp) FxToolkit.setupApplication(() -> new RapportApp(workspace, Clock.systemDefaultZone()));
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        waitUntil(() -> robot.lookup(".status-bar").tryQuery().isPresent());
        // A workspace with contacts opens on the dashboard; journeys start from the contacts.
        if (robot.lookup("#nav-dashboard").queryAs(javafx.scene.control.ToggleButton.class).isSelected()) {
            robot.clickOn("#nav-contacts");
        }
        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the app the way Quit does: the database is closed, the window goes away. */
    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    FxRobot robot() {
        return robot;
    }

    RapportApp app() {
        return app;
    }

    @SuppressWarnings("unchecked")
    <T> TableView<T> table() {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    <T extends Node> T find(String query) {
        return robot.lookup(query).query();
    }

    /** Types into the field found by the query, replacing what it held. */
    void typeInto(String query, String text) {
        robot.clickOn(query);
        robot.interact(() -> ((javafx.scene.control.TextInputControl) find(query)).clear());
        robot.write(text);
    }

    /**
     * Types a search into the search box the way a user does. Waits for the box to hold the focus first: the
     * first load may move the focus to the form just after a click.
     */
    void search(String text) throws TimeoutException {
        javafx.scene.control.TextField field = find("#filterField");
        waitUntil(() -> {
            if (field.getScene().getFocusOwner() != field || !field.getScene().getWindow().isFocused()) {
                robot.interact(() -> field.getScene().getWindow().requestFocus());
                robot.clickOn(field);
            }
            WaitForAsyncUtils.waitForFxEvents();
            return field.getScene().getFocusOwner() == field && field.getScene().getWindow().isFocused();
        });
        robot.write(text);
        waitUntil(() -> text.equals(field.getText()));
    }

    /** Waits for background work (a load or a save) to show its result. */
    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
