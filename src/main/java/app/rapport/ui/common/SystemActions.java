package app.rapport.ui.common;

/** What Rapport asks of the desktop: the clipboard and the default mail program. */
public interface SystemActions {

    /** Puts text on the clipboard. */
    void copyToClipboard(String text);

    /** Opens a {@code mailto:} address in the user's mail program. */
    void openMail(String mailtoUri);
}
