package app.rapport.ui;

import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.text.Messages;
import app.rapport.testing.Screenshots;
import app.rapport.ui.common.ThemeChoice;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the README's pictures from the real window with the sample contacts. A normal build writes them
 * under target/screenshots; {@code mvn -Pscreenshots verify} writes them to assets/screenshots.
 */
class ScreenshotTest {

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();

    @Test
    void theMainScreensWithTheSampleContacts() throws Exception {
        window.openOnTheSample(workspace);
        TableView<Influencer> table = window.table();
        window.robot().clickOn("Luna Bakes");
        waitUntil(() -> "Luna Bakes".equals(window.<Label>find("#titleLabel").getText()));

        assertLooksLikeAWindow(write("contacts.png"));

        window.search("studio followers:<100k");
        waitUntil(() -> table.getItems().size() < 25);
        assertLooksLikeAWindow(write("search.png"));
        window.robot().type(KeyCode.ESCAPE);

        window.robot().clickOn("#nav-pipeline");
        waitUntil(() -> window.robot().lookup(".card").tryQuery().isPresent());
        assertLooksLikeAWindow(write("pipeline.png"));

        window.robot().clickOn("#nav-campaigns");
        waitUntil(() -> window.robot().lookup("#shortlistTable .table-row-cell .table-cell").queryAll().stream()
                .anyMatch(n -> "Golden Hour Home".equals(((Labeled) n).getText())));
        assertLooksLikeAWindow(write("campaign.png"));

        window.robot().clickOn("#nav-payments");
        waitUntil(() -> window.robot().lookup(".payments-screen .table-row-cell").tryQuery().isPresent());
        assertLooksLikeAWindow(write("payments.png"));

        window.robot().clickOn("#nav-dashboard");
        waitUntil(() -> window.robot().lookup("#tile-overdue").tryQuery().isPresent());
        assertLooksLikeAWindow(write("dashboard.png"));

        window.robot().clickOn("#nav-today");
        waitUntil(() -> window.robot().lookup(".done-button").tryQuery().isPresent());
        assertLooksLikeAWindow(write("today.png"));
    }

    @Test
    void theContactsAndTheDashboardInTheDark() throws Exception {
        window.useTheme(ThemeChoice.DARK);
        window.openOnTheSample(workspace);
        window.robot().clickOn("Luna Bakes");
        waitUntil(() -> "Luna Bakes".equals(window.<Label>find("#titleLabel").getText()));

        assertLooksLikeAWindow(write("dark-contacts.png"));

        window.robot().clickOn("#nav-dashboard");
        waitUntil(() -> window.robot().lookup("#tile-overdue").tryQuery().isPresent());
        assertLooksLikeAWindow(write("dark-dashboard.png"));
    }

    @Test
    void theDashboardInGerman() throws Exception {
        try (Messages.Speaking german = Messages.speak(Locale.GERMAN)) {
            window.openOnTheSample(workspace);
            window.robot().clickOn("#nav-dashboard");
            waitUntil(() -> window.robot().lookup("#tile-overdue").tryQuery().isPresent());
            assertLooksLikeAWindow(write("dashboard-de.png"));
        }
    }

    private static void assertLooksLikeAWindow(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(1200);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(700);
    }

    private Path write(String name) throws IOException {
        return Screenshots.write(window.robot(), window.app().stage().getScene(), name);
    }
}
