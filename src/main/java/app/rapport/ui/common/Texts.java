package app.rapport.ui.common;

import app.rapport.domain.text.Messages;
import java.util.ResourceBundle;

/** What the screens say, from the window's bundle in the user's language ({@code ui/messages*.properties}). */
public final class Texts {

    /** The window's bundle: the views' FXML keys and the view-models' sentences. */
    public static final String BUNDLE = "app.rapport.ui.messages";

    private Texts() {
    }

    /** The sentence under {@code key}, filled in with {@code arguments}. */
    public static String text(String key, Object... arguments) {
        return Messages.format(BUNDLE, key, arguments);
    }

    /** The bundle an FXML view is loaded with, for its {@code %key} texts. */
    public static ResourceBundle forViews() {
        return Messages.texts(BUNDLE);
    }
}
