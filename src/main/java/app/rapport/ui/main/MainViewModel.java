package app.rapport.ui.main;

import app.rapport.service.AppVersion;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.contacts.ContactsViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** The main window: which screen is shown, the status bar, and the menu's commands. */
public final class MainViewModel {

    // Properties
    private final ReadOnlyIntegerWrapper selectedScreen = new ReadOnlyIntegerWrapper(this, "selectedScreen", 0);

    private final List<Screen> screens;
    private final ContactsViewModel contacts;
    private final DialogService dialogs;
    private final ReadOnlyBooleanProperty busy;
    private final Path workspace;

    public MainViewModel(List<Screen> screens, ContactsViewModel contacts, DialogService dialogs,
            ReadOnlyBooleanProperty busy, Path workspace) {
        this.screens = List.copyOf(screens);
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

    /** Help → About. */
    public void showAbout() {
        dialogs.showInfo("About Rapport", aboutText());
    }

    /** Closes the window once unsaved changes are saved or discarded; the user may cancel. */
    public void quit(Runnable closeWindow) {
        contacts.leave(closeWindow);
    }

    String aboutText() {
        return "Rapport " + AppVersion.get() + "\n"
                + "Your influencer contacts, outreach and deals, kept on this computer.\n\n"
                + "Workspace: " + workspace;
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

    public ContactsViewModel contacts() {
        return contacts;
    }

    public String workspaceText() {
        return workspace.toString();
    }
}
