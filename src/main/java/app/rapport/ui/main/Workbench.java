package app.rapport.ui.main;

import app.rapport.service.ChangeFeed;
import app.rapport.service.Session;
import app.rapport.ui.backups.BackupsViewModel;
import app.rapport.ui.campaigns.CampaignsView;
import app.rapport.ui.campaigns.CampaignPicker;
import app.rapport.ui.campaigns.CampaignsViewModel;
import app.rapport.ui.common.Appearance;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.Books;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.FxDialogService;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.SystemActions;
import app.rapport.ui.common.TeamWatch;
import app.rapport.ui.common.Texts;
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
import app.rapport.ui.messages.MessageView;
import app.rapport.ui.messages.MessageViewModel;
import app.rapport.ui.payments.PaymentsView;
import app.rapport.ui.payments.PaymentsViewModel;
import app.rapport.ui.pipeline.PipelineView;
import app.rapport.ui.pipeline.PipelineViewModel;
import app.rapport.ui.settings.AppearanceViewModel;
import app.rapport.ui.settings.EncryptionViewModel;
import app.rapport.ui.settings.SettingsView;
import app.rapport.ui.settings.SettingsViewModel;
import app.rapport.ui.settings.WorkspacePlaceViewModel;
import app.rapport.ui.today.TodayView;
import app.rapport.ui.today.TodayViewModel;
import app.rapport.ui.trash.TrashView;
import app.rapport.ui.trash.TrashViewModel;
import app.rapport.ui.views.SavedViewsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * Every screen of one open workspace, built once: the view-models on the session's services, each given what
 * it needs, and the views on them. The window shows {@link #root()}; a restore or a switch of workspace builds a
 * new workbench and {@link #close()}s this one.
 *
 * <p>Screens stay current by following the session's {@link ChangeFeed}, never by calling one another; the few
 * hand-overs left below are navigation (one screen opening another), which goes through the main view-model
 * built last, since it holds every screen.
 */
public final class Workbench {

    /** The screens in the sidebar's order; Ctrl+1… follow it. */
    static final List<Screen> SCREENS = List.of(Screen.DASHBOARD, Screen.CONTACTS, Screen.TODAY,
            Screen.PIPELINE, Screen.CAMPAIGNS, Screen.PAYMENTS, Screen.SETTINGS);

    /** What the window does for a workbench: another workspace opened, or this one restored from a backup. */
    public interface Window {

        /** Shows another workspace (opened, failed or cancelled) in place of this one. */
        void switchTo(Opening.Result opened);

        /** Builds the screens again on the restored workspace. */
        void rebuild();

        /** Puts a screen's split pane dividers where this computer kept them under {@code name}, and keeps them. */
        void keepDividers(String name, SplitPane pane);
    }

    private final Session session;
    private final ContactsViewModel contacts;
    private final SavedViewsViewModel savedViews;
    private final Consumer<Path> importer;
    private final Parent root;
    private final Timeline teamWatch;

    /**
     * @param workspace  the local workspace folder (a team workspace keeps its local settings there)
     * @param appearance the user's theme and language, the same for every workspace
     */
    public Workbench(Session session, Stage stage, Background background, SystemActions system, Clock clock,
            Locale locale, Path workspace, Appearance appearance, Window window) {
        this.session = session;
        DialogService dialogs = new FxDialogService(() -> stage);
        StatusLine statusLine = new StatusLine();
        ChangeFeed changes = session.changes();
        // Screens built before (a restore rebuilds them) stop following; the new ones follow from here.
        changes.forgetFollowers();
        ContactBook book = new ContactBook(session.contacts(), session.outreach(), session.search(), changes,
                background, dialogs, statusLine);
        Books books = new Books(session.deals(), session.campaigns(), session.settings(), session.search(), changes,
                background, dialogs);
        OutreachViewModel outreach = new OutreachViewModel(session.outreach(), book, background, dialogs,
                statusLine, clock);
        contacts = new ContactsViewModel(session.contacts(), session.outreach(), session.exports(),
                session.settings(), book, new ContactEditorViewModel(clock), outreach, background, dialogs,
                statusLine);
        // First of all background work, so the table's first page is not queued behind the dashboard's figures.
        contacts.loadFirstPage();
        savedViews = new SavedViewsViewModel(session.search(), books.views(), contacts.filterTextProperty(),
                background, dialogs, statusLine);
        TodayViewModel today = new TodayViewModel(book, session.outreach(), session.deals(), background, dialogs,
                statusLine, clock, WeekFields.of(locale).getFirstDayOfWeek());
        PipelineViewModel pipeline = new PipelineViewModel(book, session.outreach(), background, dialogs,
                statusLine, clock);
        SettingsViewModel settings = new SettingsViewModel(session.settings(), books.templates(), background,
                dialogs, statusLine);
        PaymentsViewModel payments = new PaymentsViewModel(session.deals(), books.deals(), books.campaigns(),
                changes, background, dialogs, statusLine, locale);
        payments.setHistory(book.history());
        DealsViewModel deals = new DealsViewModel(session.deals(), session.campaigns(), books.deals(), changes,
                background, dialogs, statusLine, system, locale);
        // The Deals tab shows the contact selected in the table.
        contacts.selectedProperty().addListener((obs, old, contact) -> deals.show(contact));
        deals.setHistory(book.history());
        deals.setEditorOpener(editor -> DealEditorView.show(stage, editor));
        CampaignsViewModel campaigns = new CampaignsViewModel(session.campaigns(), books.campaigns(),
                book.contacts(), changes, background, dialogs, statusLine, locale);
        CampaignPicker campaignPicker = new CampaignPicker(session.campaigns(), books.campaigns(), background,
                dialogs, statusLine);
        DashboardViewModel dashboard = new DashboardViewModel(session.dashboard(), changes, background, dialogs,
                statusLine, locale);
        dashboard.useContacts(book.contacts(), book.loadedProperty());
        BackupsViewModel backups = new BackupsViewModel(session.backups(), background, dialogs, statusLine, clock,
                locale);
        backups.setOnRestored(() -> Platform.runLater(window::rebuild));

        // Windows a screen opens.
        importer = file -> {
            ImportWizardViewModel wizard = new ImportWizardViewModel(file, session.imports(), background, dialogs,
                    () -> statusLine.show(Texts.text("main.import.finished")));
            wizard.setHistory(book.history());
            ImportWizardView.show(stage, wizard);
        };
        contacts.setImporter(importer);
        contacts.setMessageWriter(recipients -> MessageView.show(stage, new MessageViewModel(recipients,
                session.outreach(), session.settings(), book, background, dialogs, statusLine, system)));
        campaigns.setDealOpener(deal -> book.find(deal.contactId()).ifPresent(owner -> DealEditorView.show(stage,
                new DealEditorViewModel(deal, owner, session.deals(), background, dialogs, locale,
                        saved -> { }).undoableIn(book.history(), () -> { }))));

        // Navigation: one screen asks for another.
        MainViewModel main = new MainViewModel(SCREENS, contacts, dialogs, background.busyProperty(),
                session.describe(), statusLine, Map.of(Screen.TODAY, today.dueCountProperty()), savedViews, backups);
        main.setSavesWaiting(background::hasSavesWaiting);
        main.setTrashOpener(() -> TrashView.show(stage, new TrashViewModel(session.contacts(), background, dialogs,
                statusLine, () -> { })));
        contacts.setCampaignAdder(campaignPicker::add);
        pipeline.setCampaignAdder(campaignPicker::add);
        savedViews.setShowContacts(() -> main.showScreen(SCREENS.indexOf(Screen.CONTACTS)));
        dashboard.setSearchOpener(main::openSearch);
        dashboard.setPaymentsOpener(() -> main.showScreen(SCREENS.indexOf(Screen.PAYMENTS)));
        today.setOpener(main::openContact);
        pipeline.setOpener(main::openContact);
        campaigns.setContactDealOpener(deal -> book.find(deal.contactId()).ifPresent(owner -> {
            deals.select(deal.id());
            main.openDeals(owner);
        }));
        // A workspace with contacts opens on the dashboard; an empty one on the contacts and their empty state.
        main.showScreen(SCREENS.indexOf(session.contacts().hasContacts() ? Screen.DASHBOARD : Screen.CONTACTS));

        WorkspacePlaceViewModel place = new WorkspacePlaceViewModel(session, background, dialogs, statusLine);
        place.setSwitchToTeam((server, password) -> background.run(() -> Opening.team(workspace, server, password,
                clock), window::switchTo, failure -> dialogs.showError(Errors.describe(failure,
                "open the team workspace", "main.errors.openTeamWorkspace"))));
        place.setSwitchToLocal(() -> Opening.local(background, dialogs, workspace, clock, window::switchTo));

        Map<Class<?>, Supplier<Object>> controllers = Map.of(
                ContactsView.class, () -> new ContactsView(contacts, savedViews),
                ContactEditorView.class, () -> new ContactEditorView(contacts),
                OutreachView.class, () -> new OutreachView(contacts),
                TodayView.class, () -> new TodayView(today),
                PipelineView.class, () -> new PipelineView(pipeline),
                SettingsView.class, () -> new SettingsView(settings,
                        new EncryptionViewModel(session, background, dialogs, statusLine), place,
                        new AppearanceViewModel(appearance)),
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
        root = new ViewLoader(type -> new MainView(main, screen -> (Node) views.load(screenViews.get(screen)),
                window::keepDividers)).load(MainView.class);
        // Other people's changes appear within seconds: each kind's change mark is asked every few seconds.
        teamWatch = session.isTeam() ? new TeamWatch(changes, background, statusLine).start() : null;
    }

    /** The main view: sidebar, screens and status bar. */
    public Parent root() {
        return root;
    }

    /** The window's title for this workspace. */
    public String title() {
        return session.isTeam() ? Texts.text("main.window.titleTeam", session.describe())
                : Texts.text("main.window.title");
    }

    /**
     * Reads every contact and the saved views; run once the window has drawn its first frame, since on two
     * cores reading 100,000 contacts would hold that frame back.
     */
    public void loadData() {
        contacts.load();
        savedViews.load();
    }

    /** Opens the import wizard on a file, as File › Import contacts does once a file is chosen. */
    public void importFile(Path file) {
        importer.accept(file);
    }

    /** Stops asking a team server for changes; the workbench's screens are no longer shown. */
    public void close() {
        if (teamWatch != null) {
            teamWatch.stop();
        }
    }
}
