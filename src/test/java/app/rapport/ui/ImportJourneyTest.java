package app.rapport.ui;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static app.rapport.ui.RapportWindow.fill;
import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.testing.Screenshots;
import app.rapport.testing.WrongFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The import wizard in the real window, on a small messy file with one contact already there. */
class ImportJourneyTest {

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();

    @Test
    void aMessyFileIsCorrectedInPlaceAndADuplicateFillsTheEmptyFields() throws Exception {
        fill(workspace, session -> session.contacts().save(anInfluencer().named("Luna Bakes").withEmail(null)
                .withAccount(Platform.INSTAGRAM, "luna.bakes", 40_000).build()));
        Path file = Files.write(workspace.resolve("creators.csv"), ("Creator;IG;E-mail;Subscribers\r\n"
                + "Luna Bakes;@luna.bakes;luna@lunabakes.example;48,2K\r\n"
                + "\"Wick\r\n& Wander\";wickandwander;hello@wick.example;18.9k\r\n"
                + "Bad Row;badrow;no-email@;12\r\n").getBytes(StandardCharsets.UTF_8));
        window.open(workspace);
        FxRobot robot = window.robot();
        waitUntil(() -> window.table().getItems().size() == 1);

        robot.interact(() -> window.app().importFile(file));
        waitUntil(() -> robot.lookup("1 · Read the file").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#summaryLabel").queryAs(Label.class).getText().startsWith("3 rows"));
        robot.clickOn("#nextButton");
        waitUntil(() -> robot.lookup("2 · Match the columns").tryQuery().isPresent());
        robot.clickOn("#nextButton");
        waitUntil(() -> robot.lookup("3 · Check the rows").tryQuery().isPresent());
        assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText())
                .startsWith("3 rows: 2 ready, 1 with errors");
        // Correct the bad email in place: double-click the value, type, Enter.
        Node problems = robot.lookup("#problemTable").query();
        Screenshots.write(robot, problems.getScene(), "import.png");
        robot.doubleClickOn(robot.from(problems).lookup("no-email@").queryLabeled());
        waitUntil(() -> robot.lookup("#problemTable .text-field").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL);
        robot.write("bad@row.example").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#summaryLabel").queryAs(Label.class).getText()
                .startsWith("3 rows: 3 ready, 0 with errors"));
        robot.clickOn("#nextButton");
        waitUntil(() -> robot.lookup("4 · Contacts already there").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Object> policy = robot.lookup("#duplicateBox").queryAs(ComboBox.class);
        robot.clickOn(policy).clickOn("Fill the contact's empty fields");
        robot.clickOn("#nextButton");

        waitUntil(() -> robot.lookup("Done").tryQuery().isPresent());
        assertThat(robot.lookup("#doneLabel").queryAs(Label.class).getText())
                .isEqualTo("Imported 2, updated 1, skipped 0.");
        robot.clickOn("#nextButton");
        waitUntil(() -> window.table().getItems().size() == 3);
        Influencer luna = window.<Influencer>table().getItems().stream()
                .filter(c -> c.displayName().equals("Luna Bakes")).findFirst().orElseThrow();
        assertThat(luna.email()).isEqualTo("luna@lunabakes.example");
        assertThat(luna.accounts().get(0).followers()).as("filled, not overwritten").isEqualTo(40_000L);
        assertThat(window.<Influencer>table().getItems()).extracting(Influencer::displayName)
                .contains("Wick & Wander");
    }

    @Test
    void aDisplayNameInTheHandleColumnBecomesTheNameAndARowIsLeftOutOnlyWhenChosen() throws Exception {
        Path file = Files.write(workspace.resolve("tiktokers.csv"), ("Tiktoker name,Followers,Email\r\n"
                + "khaby.lame,162.4M,khaby@example.com\r\n"
                + "5-Minute Crafts GIRLY,78.1M,crafts@example.com\r\n"
                + "bellapoarch,93.4M,no-email@\r\n"
                + "charlidamelio,151.2M,charli@example.com\r\n"
                + "addisonre,88.7M,addison@example.com\r\n"
                + "zachking,82.1M,zach@example.com\r\n").getBytes(StandardCharsets.UTF_8));
        window.open(workspace);
        FxRobot robot = window.robot();
        robot.interact(() -> window.app().importFile(file));
        waitUntil(() -> robot.lookup("#summaryLabel").queryAs(Label.class).getText().startsWith("6 rows"));
        robot.clickOn("#nextButton");
        waitUntil(() -> robot.lookup("2 · Match the columns").tryQuery().isPresent());
        assertThat(robot.lookup("values look like TikTok handles").tryQuery()).isPresent();
        Screenshots.write(robot, robot.lookup("#mappingGrid").query().getScene(), "import-mapping.png");
        robot.clickOn("#nextButton");
        waitUntil(() -> robot.lookup("#summaryLabel").queryAs(Label.class).getText()
                .startsWith("6 rows: 4 ready, 2 with errors"));

        Node problems = robot.lookup("#problemTable").query();
        robot.clickOn(robot.from(problems).lookup("5-Minute Crafts GIRLY").queryLabeled());
        robot.clickOn("#useAsNameButton");
        waitUntil(() -> robot.lookup("#summaryLabel").queryAs(Label.class).getText()
                .startsWith("6 rows: 5 ready, 1 with errors"));
        robot.clickOn("#nextButton");
        waitUntil(() -> robot.lookup("Leave it out").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .contains("1 row has errors and will be left out (line 4)");
        robot.clickOn("Leave it out");
        waitUntil(() -> robot.lookup("4 · Contacts already there").tryQuery().isPresent());
        robot.clickOn("#nextButton");

        waitUntil(() -> robot.lookup("Done").tryQuery().isPresent());
        assertThat(robot.lookup("#doneLabel").queryAs(Label.class).getText())
                .startsWith("Imported 5, updated 0, skipped 0; 1 row with errors left out");
        robot.clickOn("#nextButton");
        waitUntil(() -> window.table().getItems().size() == 5);
        Influencer crafts = window.<Influencer>table().getItems().stream()
                .filter(c -> c.displayName().equals("5-Minute Crafts GIRLY")).findFirst().orElseThrow();
        assertThat(crafts.accounts()).singleElement().satisfies(a -> {
            assertThat(a.platform()).isEqualTo(Platform.TIKTOK);
            assertThat(a.hasHandle()).isFalse();
            assertThat(a.followers()).isEqualTo(78_100_000L);
        });
    }

    @Test
    void aPdfNamedXlsxIsNamedOnceAndTheWizardWaitsOnItsFirstStepWithNextDisabled() throws Exception {
        Path file = WrongFiles.pdf(workspace.resolve("invoice.xlsx"));
        window.open(workspace);
        FxRobot robot = window.robot();

        robot.interact(() -> window.app().importFile(file));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        assertThat(robot.lookup(".dialog-pane").queryAll()).hasSize(1);
        DialogPane message = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(message.getContentText()).isEqualTo("invoice.xlsx is a PDF document, not a spreadsheet. "
                + "Open the sheet it came from and save it as CSV or XLSX.");
        robot.clickOn(robot.from(message).lookup(".button").queryButton());
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(robot.lookup("1 · Read the file").tryQuery()).isPresent();
        assertThat(robot.lookup("#nextButton").queryAs(Button.class).isDisabled()).isTrue();
    }
}
