package app.rapport.ui;

import app.rapport.RapportApp;
import app.rapport.service.Session;
import app.rapport.ui.common.ThemeChoice;
import app.rapport.ui.common.UserPreferences;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real Rapport window on a workspace, driven the way a user drives it (a page object for journeys). A test
 * registers it as an extension ({@code @RegisterExtension final RapportWindow window = new RapportWindow();}) and
 * opens it when its workspace is ready; it is closed after each test, so no app is left to spoil the next one.
 */
final class RapportWindow implements AfterEachCallback {

    private final FxRobot robot = new FxRobot();
    private RapportApp app;
    /** The user's choices as this window keeps them: a node of its own, removed after the test. */
    private final Preferences preferences = Preferences.userRoot().node("rapport-test-" + UUID.randomUUID());
    /** The theme the window opens in: light, as the README's pictures show it, unless a test asks for another. */
    private ThemeChoice theme = ThemeChoice.LIGHT;

    /** How long a journey waits for the app to show what it waits for; long enough for a busy machine. */
    private static final long WAIT_SECONDS = 60;
    /**
     * How long a journey waits for the app to start (open and migrate its workspace, show its window); TestFX's
     * own wait for an app's start is as long (testfx.setup.timeout in the pom).
     */
    static final long STARTING_SECONDS = 120;

    /** Fills the workspace before the window opens on it, through a session closed again so the app can open it. */
    static void fill(Path workspace, Consumer<Session> filling) {
        try (Session session = Session.open(workspace, Clock.systemDefaultZone())) {
            filling.accept(session);
        }
    }

    /** Opens Rapport on the workspace filled with the sample contacts, once its table shows them. */
    void openOnTheSample(Path workspace) throws TimeoutException {
        fill(workspace, session -> session.contacts().loadSample());
        open(workspace);
        waitUntil(() -> table().getItems().size() > 25);
    }

    /** Opens Rapport on the workspace, as a double-click would, and waits for it to show the contacts screen. */
    void open(Path workspace) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        new UserPreferences(preferences).setTheme(theme);
        app = (RapportApp) FxToolkit.setupApplication(() -> new RapportApp(workspace, Clock.systemDefaultZone(),
                preferences));
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        // The window shows at once with a busy mark; the sidebar's real buttons come with the open workspace.
        waitUntil(() -> robot.lookup("#nav-contacts").tryQuery().isPresent());
        // A workspace with contacts opens on the dashboard; journeys start from the contacts.
        if (robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).isSelected()) {
            robot.clickOn("#nav-contacts");
        }
        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Closes the app the way Quit does: the window hides first (so what the screens keep on hiding, such as a
     * column layout changed a moment ago, is handed to the worker), then the app stops and closes the database.
     * Closing again, or after a failed start, only tidies the stages; the window can then be opened again.
     */
    void close() throws TimeoutException {
        RapportApp closing = app;
        app = null;
        try {
            if (closing != null) {
                robot.interact(() -> {
                    if (closing.stage() != null) {
                        closing.stage().hide();
                    }
                });
                FxToolkit.cleanupApplication(closing);
            }
        } finally {
            FxToolkit.cleanupStages();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException, BackingStoreException {
        try {
            close();
        } finally {
            preferences.removeNode();
        }
    }

    /** Opens the window in this theme from now on. */
    void useTheme(ThemeChoice chosen) {
        theme = chosen;
    }

    /** The user's choices as the window keeps them. */
    UserPreferences preferences() {
        return new UserPreferences(preferences);
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
        robot.interact(() -> ((TextInputControl) find(query)).clear());
        robot.write(text);
    }

    /**
     * Types a search into the search box the way a user does. Waits for the box to hold the focus first: the
     * first load may move the focus to the form just after a click.
     */
    void search(String text) throws TimeoutException {
        TextField field = find("#filterField");
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
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
