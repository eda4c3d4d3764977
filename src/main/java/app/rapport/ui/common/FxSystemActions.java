package app.rapport.ui.common;

import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The clipboard and mail program through JavaFX. */
public final class FxSystemActions implements SystemActions {

    private final HostServices hostServices;

    public FxSystemActions(HostServices hostServices) {
        this.hostServices = hostServices;
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void openMail(String mailtoUri) {
        hostServices.showDocument(mailtoUri);
    }
}
