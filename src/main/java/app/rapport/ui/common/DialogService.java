package app.rapport.ui.common;

/** Questions and messages for the user; view-models ask through this, tests answer it. */
public interface DialogService {

    /** What to do with changes that were not saved. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Asks a yes/no question; {@code true} when the user confirms with the action's button. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Asks what to do with unsaved changes to the named item. */
    UnsavedChoice askUnsaved(String itemName);

    /** Tells the user something went wrong and what to do, in one sentence. */
    void showError(String message);

    /** Shows information, such as the About box. */
    void showInfo(String title, String message);
}
