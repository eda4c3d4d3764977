package app.rapport.ui;

import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.ui.common.ThemeChoice;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.matcher.control.LabeledMatchers;

/** Settings › Appearance: the theme chosen shows at once, in the whole window, and is kept for the next start. */
class ThemeJourneyTest {

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();

    @Test
    void choosingDarkInSettingsDarkensTheWindowAndLightBringsItBack() throws TimeoutException {
        window.open(workspace);
        Scene scene = window.app().stage().getScene();
        assertThat(isDark(scene)).isFalse();
        window.robot().clickOn("#nav-settings");
        waitUntil(() -> window.robot().lookup("#themeChoice").tryQuery().isPresent());
        ComboBox<ThemeChoice> themes = window.find("#themeChoice");
        assertThat(themes.getValue()).isEqualTo(ThemeChoice.LIGHT);
        assertThat(window.<Label>find("#themeLabel").getLabelFor()).isSameAs(themes);

        choose(themes, "Dark");

        waitUntil(() -> isDark(scene));
        assertThat(scene.getStylesheets()).anyMatch(sheet -> sheet.endsWith("rapport-dark.css"));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        waitUntil(() -> window.preferences().theme() == ThemeChoice.DARK);

        choose(themes, "Light");

        waitUntil(() -> !isDark(scene));
        assertThat(scene.getStylesheets()).noneMatch(sheet -> sheet.endsWith("rapport-dark.css"));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        waitUntil(() -> window.preferences().theme() == ThemeChoice.LIGHT);
    }

    /** Picks a theme from the list the way a user does: opens it and clicks the name. */
    private void choose(ComboBox<ThemeChoice> themes, String name) {
        window.robot().clickOn(themes);
        Node item = window.robot().lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(name)).query();
        window.robot().clickOn(item);
    }

    /** Whether the window's background, as the theme paints it, is dark. */
    private static boolean isDark(Scene scene) {
        Region root = (Region) scene.getRoot();
        if (root.getBackground() == null || root.getBackground().getFills().isEmpty()) {
            return false;
        }
        Color background = (Color) root.getBackground().getFills().get(0).getFill();
        return background.getBrightness() < 0.25;
    }
}
