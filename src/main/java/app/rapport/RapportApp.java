package app.rapport;

import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import app.rapport.service.AppVersion;
import app.rapport.service.ChangeFeed;
import app.rapport.service.Session;
import app.rapport.ui.backups.BackupsViewModel;
import app.rapport.ui.campaigns.CampaignsView;
import app.rapport.ui.campaigns.CampaignsViewModel;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.FxDialogService;
import app.rapport.ui.common.FxSystemActions;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.SystemActions;
import app.rapport.ui.common.TeamWatch;
import app.rapport.ui.common.ViewLoader;
import app.rapport.ui.contacts.ContactEditorView;
import app.rapport.ui.contacts.ContactEditorViewModel;
import app.rapport.ui.contacts.ContactsView;
import app.rapport.ui.contacts.ContactsViewModel;
import app.rapport.ui.contacts.OutreachView;
import app.rapport.ui.contacts.OutreachViewModel;
import app.rapport.ui.dashboard.DashboardView;
import app.rapport.ui.dashboard.DashboardViewModel;
import app.rapport.ui.deals.DealEditorView;
import app.rapport.ui.deals.DealEditorViewModel;
import app.rapport.ui.deals.DealsView;
import app.rapport.ui.deals.DealsViewModel;
import app.rapport.ui.imports.ImportWizardView;
import app.rapport.ui.imports.ImportWizardViewModel;
import app.rapport.ui.main.DamagedWorkspace;
import app.rapport.ui.main.MainView;
import app.rapport.ui.main.MainViewModel;
import app.rapport.ui.main.Opening;
import app.rapport.ui.main.Screen;
import app.rapport.ui.messages.MessageView;
import app.rapport.ui.messages.MessageViewModel;
import app.rapport.ui.payments.PaymentsView;
import app.rapport.ui.payments.PaymentsViewModel;
import app.rapport.ui.pipeline.PipelineView;
import app.rapport.ui.pipeline.PipelineViewModel;
import app.rapport.ui.settings.EncryptionViewModel;
import app.rapport.ui.settings.SettingsView;
import app.rapport.ui.settings.SettingsViewModel;
import app.rapport.ui.settings.WorkspacePlaceViewModel;
import app.rapport.ui.today.TodayView;
import app.rapport.ui.today.TodayViewModel;
import app.rapport.ui.trash.TrashView;
import app.rapport.ui.trash.TrashViewModel;
import app.rapport.ui.views.SavedViewsViewModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
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
    private ExecutorService worker;
    private Stage stage;
    private boolean mainShown;
    private Consumer<Path> importer;
    private final boolean welcomeNewWorkspace;
    private boolean firstRun;
    /** The team workspace's server, or {@code null} for the local workspace in {@link #workspace}. */
    private TeamServer team;
    private String givenPassword;
    private javafx.animation.Timeline teamWatch;

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
        this.workspace = workspace;
        this.clock = clock;
        this.welcomeNewWorkspace = welcomeNewWorkspace;
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
        if (team == null) {
            team = Session.rememberedTeam(workspace).orElse(null);
        }
        if (team != null) {
            // The server's password is asked in the window, in start().
            return;
        }
        firstRun = welcomeNewWorkspace && !Session.exists(workspace);
        if (firstRun) {
            return;
        }
        try {
            session = Session.openWithoutHousekeeping(workspace, clock, null);
        } catch (UserError e) {
            LOG.warn("Workspace could not be opened: {}", e.getClass().getSimpleName());
            openFailure = e;
        }
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> reportUnexpected(e));
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
                    Locale.getDefault());
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

    /** Builds the view-models and views on the open session and shows them; again after a restore. */
    private void showMain() {
        DialogService dialogs = new FxDialogService(() -> stage);
        Background background = new Background(worker, Platform::runLater);

        StatusLine statusLine = new StatusLine();
        SystemActions system = new FxSystemActions(getHostServices());
        Locale locale = Locale.getDefault();
        ChangeFeed changes = session.changes();
        // Screens built before (a restore rebuilds them) stop following; the new ones follow from here.
        changes.forgetFollowers();
        ContactBook book = new ContactBook(session.contacts(), session.outreach(), session.search(), changes,
                background, dialogs, statusLine);
        OutreachViewModel outreach = new OutreachViewModel(session.outreach(), book, background, dialogs,
                statusLine, clock);
        ContactsViewModel contacts = new ContactsViewModel(session.contacts(), session.outreach(), session.exports(),
                session.settings(), book,
                new ContactEditorViewModel(clock), outreach, background, dialogs, statusLine);
        // First of all background work, so the table's first page is not queued behind the dashboard's figures.
        contacts.loadFirstPage();
        SavedViewsViewModel savedViews = new SavedViewsViewModel(session.search(), contacts.filterTextProperty(),
                changes, background, dialogs, statusLine);
        contacts.setMessageWriter(recipients -> MessageView.show(stage, new MessageViewModel(recipients,
                session.outreach(), session.settings(), book, background, dialogs, statusLine, system)));
        TodayViewModel today = new TodayViewModel(book, session.outreach(), session.deals(), background, dialogs,
                statusLine, clock,
                WeekFields.of(Locale.getDefault()).getFirstDayOfWeek());
        PipelineViewModel pipeline = new PipelineViewModel(book, session.outreach(), background, dialogs,
                statusLine, clock);
        SettingsViewModel settings = new SettingsViewModel(session.settings(), changes, background, dialogs,
                statusLine);
        PaymentsViewModel payments = new PaymentsViewModel(session.deals(), session.campaigns(), changes, background,
                dialogs, statusLine, locale);
        payments.setHistory(book.history());
        DealsViewModel deals = new DealsViewModel(session.deals(), session.campaigns(), changes, background, dialogs,
                statusLine, system, locale);
        contacts.selectedProperty().addListener((obs, old, contact) -> deals.show(contact));
        deals.setHistory(book.history());
        deals.setEditorOpener(editor -> DealEditorView.show(stage, editor));
        CampaignsViewModel campaigns = new CampaignsViewModel(session.campaigns(), book.contacts(), changes,
                background, dialogs, statusLine, locale);
        contacts.setCampaignAdder(campaigns::addAskingForCampaign);
        importer = file -> {
            ImportWizardViewModel wizard = new ImportWizardViewModel(file, session.imports(), background, dialogs,
                    () -> statusLine.show("Import finished. Ctrl+Z takes it back."));
            wizard.setHistory(book.history());
            ImportWizardView.show(stage, wizard);
        };
        contacts.setImporter(importer);
        pipeline.setCampaignAdder(campaigns::addAskingForCampaign);
        campaigns.setDealOpener(deal -> book.find(deal.contactId()).ifPresent(owner -> DealEditorView.show(stage,
                new DealEditorViewModel(deal, owner, session.deals(), background, dialogs, locale,
                        saved -> { }).undoableIn(book.history(), () -> { }))));
        DashboardViewModel dashboard = new DashboardViewModel(session.dashboard(), changes, background, dialogs,
                statusLine, locale);
        BackupsViewModel backups = new BackupsViewModel(session.backups(), background, dialogs, statusLine, clock,
                locale);
        List<Screen> screens = List.of(Screen.DASHBOARD, Screen.CONTACTS, Screen.TODAY, Screen.PIPELINE,
                Screen.CAMPAIGNS, Screen.PAYMENTS, Screen.SETTINGS);
        MainViewModel main = new MainViewModel(screens, contacts, dialogs, background.busyProperty(),
                session.describe(), statusLine, Map.of(Screen.TODAY, today.dueCountProperty()), savedViews, backups);
        savedViews.setShowContacts(() -> main.showScreen(screens.indexOf(Screen.CONTACTS)));
        main.setSavesWaiting(background::hasSavesWaiting);
        dashboard.setSearchOpener(main::openSearch);
        dashboard.useContacts(book.contacts(), book.loadedProperty());
        backups.setOnRestored(() -> Platform.runLater(this::showMain));
        main.setTrashOpener(() -> TrashView.show(stage, new TrashViewModel(session.contacts(), background, dialogs,
                statusLine, () -> { })));
        dashboard.setPaymentsOpener(() -> main.showScreen(screens.indexOf(Screen.PAYMENTS)));
        // A workspace with contacts opens on the dashboard; an empty one on the contacts and their empty state.
        main.showScreen(screens.indexOf(session.contacts().countContacts() > 0 ? Screen.DASHBOARD : Screen.CONTACTS));
        today.setOpener(main::openContact);
        pipeline.setOpener(main::openContact);
        campaigns.setContactDealOpener(deal -> book.find(deal.contactId()).ifPresent(owner -> {
            deals.select(deal.id());
            main.openDeals(owner);
        }));

        WorkspacePlaceViewModel place = new WorkspacePlaceViewModel(session, background, dialogs, statusLine);
        place.setSwitchToTeam((server, password) -> background.run(() -> Opening.team(workspace, server, password,
                clock), this::switchSession, failure -> dialogs.showError(Errors.describe(failure, "open the team "
                + "workspace"))));
        place.setSwitchToLocal(() -> Opening.local(background, dialogs, workspace, clock, this::switchSession));
        Map<Class<?>, Supplier<Object>> controllers = Map.of(
                ContactsView.class, () -> new ContactsView(contacts, savedViews),
                ContactEditorView.class, () -> new ContactEditorView(contacts),
                OutreachView.class, () -> new OutreachView(contacts),
                TodayView.class, () -> new TodayView(today),
                PipelineView.class, () -> new PipelineView(pipeline),
                SettingsView.class, () -> new SettingsView(settings,
                        new EncryptionViewModel(session, background, dialogs, statusLine), place),
                DealsView.class, () -> new DealsView(deals),
                PaymentsView.class, () -> new PaymentsView(payments),
                CampaignsView.class, () -> new CampaignsView(campaigns),
                DashboardView.class, () -> new DashboardView(dashboard));
        ViewLoader views = new ViewLoader(type -> Objects.requireNonNull(controllers.get(type),
                () -> "No controller for " + type).get());
        Map<Screen, Class<?>> screenViews = Map.of(Screen.CONTACTS, ContactsView.class,
                Screen.TODAY, TodayView.class, Screen.PIPELINE, PipelineView.class, Screen.SETTINGS, SettingsView.class,
                Screen.PAYMENTS, PaymentsView.class, Screen.CAMPAIGNS, CampaignsView.class,
                Screen.DASHBOARD, DashboardView.class);
        ViewLoader shell = new ViewLoader(type -> new MainView(main,
                screen -> (Node) views.load(screenViews.get(screen))));
        Parent root = shell.load(MainView.class);

        if (teamWatch != null) {
            teamWatch.stop();
            teamWatch = null;
        }
        if (session.isTeam()) {
            // Other people's changes appear within seconds: a cheap change mark is asked every few seconds.
            teamWatch = new TeamWatch(changes, background, statusLine).start();
        }
        if (mainShown) {
            stage.getScene().setRoot(root);
            stage.setTitle(session.isTeam() ? "Rapport — team workspace " + session.describe() : "Rapport");
            afterFirstFrame(stage.getScene(), contacts::load);
            savedViews.load();
            return;
        }
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth() * 0.95), Math.min(900, screen.getHeight() * 0.95));
        scene.getStylesheets().add(Objects.requireNonNull(
                RapportApp.class.getResource("ui/rapport.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(session.isTeam() ? "Rapport — team workspace " + session.describe() : "Rapport");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.getIcons().add(new Image(Objects.requireNonNull(
                RapportApp.class.getResourceAsStream("ui/icon-256.png"))));
        stage.show();
        mainShown = true;
        // Reading every contact would slow the window's first frame down on two cores; it starts right after it.
        afterFirstFrame(scene, contacts::load);
        savedViews.load();
        background.run(() -> {
            session.housekeeping();
            return null;
        }, done -> { }, failure -> LOG.warn("Start-up housekeeping failed: {}", failure.getClass().getSimpleName()));
        LOG.info("Rapport {} started on {}", AppVersion.get(), session.workspaceRoot());
    }

    @Override
    public void stop() throws InterruptedException {
        if (teamWatch != null) {
            teamWatch.stop();
        }
        if (worker != null) {
            worker.shutdown();
            worker.awaitTermination(10, TimeUnit.SECONDS);
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
        importer.accept(file);
    }

    /** The stage the app shows, for tests and the screenshot renderer. */
    public Stage stage() {
        return stage;
    }

    private void reportUnexpected(Throwable e) {
        String message = Errors.describe(e, "finish that action");
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
