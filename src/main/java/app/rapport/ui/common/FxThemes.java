package app.rapport.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Puts {@link Appearance} on the screen: AtlantaFX's Primer Light or Dark for every control, and Rapport's
 * stylesheet with its dark colours on every open window that shows Rapport's look. Windows opened later copy
 * their owner's stylesheets ({@link ChildWindows}), so they open in the theme of the moment.
 */
public final class FxThemes {

    private static final String RAPPORT = stylesheet("rapport.css");
    private static final String RAPPORT_DARK = stylesheet("rapport-dark.css");

    private final Appearance appearance;

    /** Shows the appearance now and follows it from here. Call on the FX thread. */
    public FxThemes(Appearance appearance) {
        this.appearance = appearance;
        appearance.darkProperty().addListener((obs, old, dark) -> show());
        show();
    }

    /** Gives a scene Rapport's look in the theme of the moment. */
    public void style(Scene scene) {
        scene.getStylesheets().setAll(appearance.darkProperty().get() ? List.of(RAPPORT, RAPPORT_DARK)
                : List.of(RAPPORT));
    }

    private void show() {
        boolean dark = appearance.darkProperty().get();
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            if (scene != null && scene.getStylesheets().contains(RAPPORT)) {
                scene.getStylesheets().remove(RAPPORT_DARK);
                if (dark) {
                    scene.getStylesheets().add(RAPPORT_DARK);
                }
            }
        }
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(FxThemes.class.getResource("/app/rapport/ui/" + name), name).toExternalForm();
    }
}
