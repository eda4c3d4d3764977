package app.rapport;

import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import app.rapport.domain.text.Language;
import app.rapport.domain.text.Messages;
import app.rapport.service.AppVersion;
import app.rapport.service.Session;
import app.rapport.ui.common.Appearance;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.FxDialogService;
import app.rapport.ui.common.FxSystemActions;
import app.rapport.ui.common.FxThemes;
import app.rapport.ui.common.SystemTheme;
import app.rapport.ui.common.UserPreferences;
import app.rapport.ui.common.WindowIcons;
import app.rapport.ui.common.WindowKeeper;
import app.rapport.ui.common.WindowPlace;
import app.rapport.ui.main.DamagedWorkspace;
import app.rapport.ui.main.Opening;
import app.rapport.ui.main.StartingView;
import app.rapport.ui.main.Workbench;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: the composition root that builds services, view-models and views by hand,
 * in dependency order, and nothing else.
 */
public final class RapportApp extends Application {

    /** The launch parameter that names the workspace folder. */
    public static final String WORKSPACE_PARAMETER = "--workspace";
    /** The launch parameter naming a team workspace's server, as {@code --db} on the command line. */
    public static final String TEAM_PARAMETER = "--db";
    /** The launch parameter with the password read from {@code --password-file}, tried before asking. */
    public static final String PASSWORD_PARAMETER = "--password";

    private static final Logger LOG = LoggerFactory.getLogger(RapportApp.class);

    private final Clock clock;
    private Path workspace;
    private Session session;
    private UserError openFailure;
    /** The local workspace opening off the FX thread while the window shows; {@code null} when a dialog opens it. */
    private CompletableFuture<Opening.Result> opening;
    private ExecutorService worker;
    private Stage stage;
    private boolean mainShown;
    private Workbench workbench;
    /** Where the window was on this computer, read before the toolkit starts so the first frame has its size. */
    private WindowPlace keptPlace = WindowPlace.none();
    private WindowKeeper windowKeeper;
    private final boolean welcomeNewWorkspace;
    private boolean firstRun;
    /** The team workspace's server, or {@code null} for the local workspace in {@link #workspace}. */
    private TeamServer team;
    private String givenPassword;
    /** The user's own choices (language, theme), kept for every workspace they open. */
    private final UserPreferences preferences;
    private Appearance appearance;
    private FxThemes themes;
    /** Stores the user's choices and asks the computer whether it is dark, off the FX thread and in order. */
    private ExecutorService appearanceWorker;
    /** The computer's own locale, handed back when the app stops. */
    private Locale computerLocale;

    /** Used by {@link Application#launch}; the workspace comes from the launch parameters. */
    public RapportApp() {
        this(null, Clock.systemDefaultZone(), true);
    }

    /** Opens the given workspace, creating it without asking if it is new; used by tests and screenshots. */
    public RapportApp(Path workspace, Clock clock) {
        this(workspace, clock, false);
    }

    /** Opens a team workspace on its server, asking for the password first; {@code localFolder} keeps the logs. */
    public RapportApp(Path localFolder, Clock clock, TeamServer team) {
        this(localFolder, clock, false);
        this.team = team;
    }

    /** Opens the given workspace; a new one is first introduced by a welcome that offers a password. */
    public RapportApp(Path workspace, Clock clock, boolean welcomeNewWorkspace) {
        this(workspace, clock, welcomeNewWorkspace, UserPreferences.forThisUser());
    }

    /** Opens the given workspace with the user's choices kept in {@code preferences}: tests pass their own node. */
    public RapportApp(Path workspace, Clock clock, Preferences preferences) {
        this(workspace, clock, false, new UserPreferences(preferences));
    }

    private RapportApp(Path workspace, Clock clock, boolean welcomeNewWorkspace, UserPreferences preferences) {
        this.workspace = workspace;
        this.clock = clock;
        this.welcomeNewWorkspace = welcomeNewWorkspace;
        this.preferences = preferences;
    }

    @Override
    public void init() {
        if (workspace == null) {
            String value = getParameters().getNamed().get(WORKSPACE_PARAMETER.substring(2));
            workspace = Path.of(Objects.requireNonNull(value, "the workspace parameter"));
            String address = getParameters().getNamed().get(TEAM_PARAMETER.substring(2));
            team = address == null ? null : TeamServer.parse(address);
            givenPassword = getParameters().getNamed().get(PASSWORD_PARAMETER.substring(2));
        }
        // The language chosen in Settings, for the whole run (so never handed back), before any of the window's
        // texts is read; -Drapport.locale still wins.
        String asked = System.getProperty(Language.PROPERTY);
        Optional<Language> saved = preferences.language();
        if ((asked == null || asked.isBlank()) && saved.isPresent()) {
            Messages.speak(Language.chosen(asked, saved, Locale.getDefault()));
        }
        speakToJavaFx();
        appearanceWorker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rapport-appearance");
            thread.setDaemon(true);
            return thread;
        });
        // Asking the computer whether it is dark starts now, beside the window's start; the window shows light
        // until it answers, within a second.
        appearance = Appearance.of(preferences, SystemTheme::prefersDark, appearanceWorker, Platform::runLater);
        keptPlace = WindowPlace.read(workspace);
        if (team == null) {
            team = Session.rememberedTeam(workspace).orElse(null);
        }
        if (team != null) {
            // The server's password is asked in the window, once it shows.
            return;
        }
        firstRun = welcomeNewWorkspace && !Session.exists(workspace);
        if (firstRun) {
            return;
        }
        // Opening (and, after an update, migrating) the workspace runs beside the toolkit's start and the window's
        // first frame, on the other core; the window asks about what it could not open (a password, a damaged file).
        opening = CompletableFuture.supplyAsync(() -> Opening.plain(workspace, clock), runnable -> {
            Thread thread = new Thread(runnable, "rapport-opening");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        themes = new FxThemes(appearance);
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> reportUnexpected(e));
        showStarting();
        afterFirstFrame(stage.getScene(), () -> {
            if (opening == null) {
                open(null);
                return;
            }
            opening.whenComplete((opened, failure) -> Platform.runLater(() -> open(opened != null ? opened
                    : new Opening.Result(null, new UserError(Errors.describe(failure, "open the workspace",
                            "main.errors.openWorkspace"),
                            failure)))));
        });
    }

    /** The window at once, with the sidebar and a busy mark where the screens will be; nothing read yet. */
    private void showStarting() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(StartingView.root("Opening your workspace…"), Math.min(1440, screen.getWidth() * 0.95),
                Math.min(900, screen.getHeight() * 0.95));
        themes.style(scene);
        stage.setScene(scene);
        stage.setTitle("Rapport");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        WindowIcons.put(stage);
        windowKeeper = new WindowKeeper(stage, keptPlace, () -> workspace);
        stage.show();
    }

    /**
     * Goes on once the window shows: asks what opening needs asked (the welcome, a password, what to do with a
     * damaged file), then builds the screens.
     *
     * @param plain what opening the local workspace without asking gave, or {@code null} when nothing was tried
     */
    private void open(Opening.Result plain) {
        if (plain != null) {
            session = plain.session();
            openFailure = plain.failure();
            if (openFailure != null) {
                LOG.warn("Workspace could not be opened: {}", openFailure.getClass().getSimpleName());
            }
        }
        DialogService asking = new FxDialogService(() -> null);
        Opening.Result opened = firstRun ? Opening.welcome(asking, workspace, clock)
                : team != null ? Opening.team(asking, workspace, team, clock, givenPassword)
                : openFailure != null && Session.needsPassword(openFailure)
                        ? Opening.encrypted(asking, workspace, clock, givenPassword) : null;
        if (opened != null) {
            if (opened.cancelled()) {
                Platform.exit();
                return;
            }
            session = opened.session();
            openFailure = opened.failure();
        }
        if (openFailure != null && Session.isDamaged(openFailure)) {
            Opening.Result recovered = DamagedWorkspace.recover(asking, workspace, clock, givenPassword,
                    Messages.formatLocale());
            if (recovered.cancelled()) {
                Platform.exit();
                return;
            }
            session = recovered.session();
            openFailure = recovered.failure();
            // A salvaged workspace is another folder: it is the one this window works on from now.
            workspace = session.workspaceRoot();
        }
        if (openFailure != null) {
            new FxDialogService(() -> null).showError(openFailure.getMessage());
            Platform.exit();
            return;
        }
        worker = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "rapport-worker");
            thread.setDaemon(true);
            return thread;
        });
        showMain();
    }

    /** Closes the open workspace and shows another in the same window (a local one moved to a team server). */
    private void switchSession(Opening.Result opened) {
        if (opened.failure() != null) {
            new FxDialogService(() -> stage).showError(opened.failure().getMessage());
            return;
        }
        if (opened.cancelled()) {
            return;
        }
        Session previous = session;
        session = opened.session();
        previous.close();
        showMain();
    }

    /** Runs {@code action} once, after the scene's next pulse has been laid out and handed over for drawing. */
    private static void afterFirstFrame(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Builds the screens on the open session and shows them; again after a restore or a switch. */
    private void showMain() {
        if (workbench != null) {
            workbench.close();
        }
        Background background = new Background(worker, Platform::runLater);
        workbench = new Workbench(session, stage, background, new FxSystemActions(getHostServices()), clock,
                Messages.formatLocale(), workspace, appearance, new Workbench.Window() {
                    @Override
                    public void switchTo(Opening.Result opened) {
                        switchSession(opened);
                    }

                    @Override
                    public void rebuild() {
                        showMain();
                    }

                    @Override
                    public void keepDividers(String name, SplitPane pane) {
                        windowKeeper.keepDividers(name, pane);
                    }
                });
        stage.getScene().setRoot(workbench.root());
        stage.setTitle(workbench.title());
        // Reading every contact would slow the screens' first frame down on two cores; it starts right after it.
        afterFirstFrame(stage.getScene(), workbench::loadData);
        if (!mainShown) {
            mainShown = true;
            background.run(() -> {
                session.housekeeping();
                return null;
            }, done -> { }, failure -> LOG.warn("Start-up housekeeping failed: {}",
                    failure.getClass().getSimpleName()));
            LOG.info("Rapport {} started on {}", AppVersion.get(), session.workspaceRoot());
        }
    }

    /**
     * JavaFX's own words (OK, Cancel, Copy in a text field's menu) follow the JVM's locale: it speaks Rapport's
     * language, with the computer's country kept for what depends on the region (list separator, paper size).
     */
    private void speakToJavaFx() {
        computerLocale = Locale.getDefault();
        Language.of(Messages.locale()).map(Language::locale).ifPresent(spoken -> Locale.setDefault(
                new Locale(spoken.getLanguage(), spoken.getCountry().isEmpty() ? computerLocale.getCountry()
                        : spoken.getCountry())));
    }

    @Override
    public void stop() throws InterruptedException {
        if (computerLocale != null) {
            Locale.setDefault(computerLocale);
        }
        if (windowKeeper != null) {
            windowKeeper.close();
        }
        if (workbench != null) {
            workbench.close();
        }
        if (worker != null) {
            worker.shutdown();
            worker.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (appearanceWorker != null) {
            // A choice made a moment ago is still stored.
            appearanceWorker.shutdown();
            appearanceWorker.awaitTermination(2, TimeUnit.SECONDS);
        }
        if (session == null && opening != null) {
            // Closed while the workspace was still opening: wait for it, so it is closed properly.
            try {
                session = opening.get(60, TimeUnit.SECONDS).session();
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("The workspace was still opening at exit", e);
            }
        }
        if (session != null) {
            try {
                if (!session.isTeam()) {
                    session.backups().automatic("exit");
                }
            } catch (RuntimeException e) {
                LOG.warn("Backup at exit failed", e);
            }
            session.close();
        }
    }

    /** Opens the import wizard on a file, as File › Import contacts does once a file is chosen. */
    public void importFile(Path file) {
        workbench.importFile(file);
    }

    /** The stage the app shows, for tests and the screenshot renderer. */
    public Stage stage() {
        return stage;
    }

    private void reportUnexpected(Throwable e) {
        String message = Errors.describe(e, "finish that action", "errors.app.unexpected");
        if (stage != null && stage.isShowing()) {
            // Later, not now: a dialog cannot open while an animation or a layout pass is running.
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            String details = "Rapport " + AppVersion.get() + ", Java " + System.getProperty("java.version") + ", "
                    + System.getProperty("os.name") + "\n" + trace;
            Platform.runLater(() -> new FxDialogService(() -> stage).showFailure(message, details));
        }
    }
}
