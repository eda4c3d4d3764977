package app.rapport.ui.main;

import app.rapport.domain.Influencer;
import app.rapport.service.AppVersion;
import app.rapport.ui.backups.BackupsViewModel;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import app.rapport.ui.contacts.ContactsViewModel;
import app.rapport.ui.views.SavedViewsViewModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableIntegerValue;

/** The main window: which screen is shown, the status bar, and the menu's commands. */
public final class MainViewModel {

    // Properties
    private final ReadOnlyIntegerWrapper selectedScreen = new ReadOnlyIntegerWrapper(this, "selectedScreen", 0);

    private final List<Screen> screens;
    private final ContactsViewModel contacts;
    private final DialogService dialogs;
    private final ReadOnlyBooleanProperty busy;
    /** Where the workspace is: its folder, or its team server's address. */
    private final String workspace;
    private final StatusLine statusLine;
    private final Map<Screen, ObservableIntegerValue> badges;
    private final SavedViewsViewModel views;
    private final BackupsViewModel backups;
    private BooleanSupplier savesWaiting = () -> false;
    private Runnable trashOpener = () -> { };

    /**
     * @param badges a count to show beside a screen's name in the sidebar (0 shows nothing)
     */
    public MainViewModel(List<Screen> screens, ContactsViewModel contacts, DialogService dialogs,
            ReadOnlyBooleanProperty busy, String workspace, StatusLine statusLine,
            Map<Screen, ObservableIntegerValue> badges, SavedViewsViewModel views, BackupsViewModel backups) {
        this.views = views;
        this.backups = backups;
        this.screens = List.copyOf(screens);
        this.statusLine = statusLine;
        this.badges = Map.copyOf(badges);
        this.contacts = contacts;
        this.dialogs = dialogs;
        this.busy = busy;
        this.workspace = workspace;
    }

    // Commands

    /** Shows the screen at this position of the sidebar; positions beyond the list are ignored. */
    public void showScreen(int index) {
        if (index >= 0 && index < screens.size()) {
            selectedScreen.set(index);
        }
    }

    /** File → New contact: goes to Contacts and starts a new one. */
    public void newContact() {
        showScreen(screens.indexOf(Screen.CONTACTS));
        contacts.newContact();
    }

    /** Shows a contact on the Contacts screen (from Today, the board, …). */
    public void openContact(Influencer contact) {
        showScreen(screens.indexOf(Screen.CONTACTS));
        contacts.select(contact);
    }

    /** Shows a contact's Deals tab on the Contacts screen (a creator's existing deal, from a campaign). */
    public void openDeals(Influencer contact) {
        showScreen(screens.indexOf(Screen.CONTACTS));
        contacts.openDeals(contact);
    }

    /** Shows the contacts screen filtered by a search, as the dashboard's figures do. */
    public void openSearch(String query) {
        showScreen(screens.indexOf(Screen.CONTACTS));
        contacts.filterTextProperty().set(query);
    }

    /** Ctrl+K: the contacts screen, ready to search. */
    public void search() {
        showScreen(screens.indexOf(Screen.CONTACTS));
    }

    /** Help → About. */
    public void showAbout() {
        dialogs.showInfo(Texts.text("main.about.title"), aboutText());
    }

    /**
     * Closes the window once unsaved changes are saved or discarded; the user may cancel. A save waiting for the
     * team server is lost only when the user says so.
     */
    public void quit(Runnable closeWindow) {
        if (savesWaiting.getAsBoolean() && !dialogs.confirm(Texts.text("main.quitWaiting.title"),
                Texts.text("main.quitWaiting.question"), Texts.text("main.quitWaiting.confirm"))) {
            return;
        }
        contacts.leave(closeWindow);
    }

    /** Tells whether a save waits for the team server (the app asks its {@code Background}). */
    public void setSavesWaiting(BooleanSupplier waiting) {
        this.savesWaiting = waiting;
    }

    String aboutText() {
        return Texts.text("main.about.text", AppVersion.get(), workspace);
    }

    // Properties

    public List<Screen> screens() {
        return screens;
    }

    public ReadOnlyIntegerProperty selectedScreenProperty() {
        return selectedScreen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The sidebar badge of a screen, if it has one. */
    public Optional<ObservableIntegerValue> badge(Screen screen) {
        return Optional.ofNullable(badges.get(screen));
    }

    public StatusLine statusLine() {
        return statusLine;
    }

    public ReadOnlyStringProperty statusProperty() {
        return statusLine.messageProperty();
    }

    /** What File › Trash… opens; the app sets it. */
    public void setTrashOpener(Runnable opener) {
        this.trashOpener = opener;
    }

    /** File › Trash…. */
    public void openTrash() {
        trashOpener.run();
    }

    /** File › Back up now… and Restore from backup…. */
    public BackupsViewModel backups() {
        return backups;
    }

    /** The saved views the sidebar lists. */
    public SavedViewsViewModel views() {
        return views;
    }

    public ContactsViewModel contacts() {
        return contacts;
    }

    public String workspaceText() {
        return workspace;
    }
}
