package app.rapport.ui;

import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The journeys a user takes in the real window, headless. */
class ContactJourneysTest {

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();

    @Test
    void aContactAddedWithTwoAccountsIsStillThereAfterARestart() throws Exception {
        window.open(workspace);
        FxRobot robot = window.robot();
        robot.clickOn("#emptyAddButton");

        window.typeInto("#displayNameField", "Luna Bakes");
        window.typeInto("#emailField", "luna@lunabakes.example");
        Node firstRow = robot.lookup(".account-row").nth(0).query();
        robot.clickOn(robot.from(firstRow).lookup(".handle-field").queryAs(TextField.class))
                .write("https://www.instagram.com/luna.bakes/");
        robot.clickOn(robot.from(firstRow).lookup(".followers-field").queryAs(TextField.class)).write("48.2K");
        robot.clickOn("#addAccountButton");
        Node secondRow = robot.lookup(".account-row").nth(1).query();
        robot.clickOn(robot.from(secondRow).lookup(".handle-field").queryAs(TextField.class))
                .write("https://www.tiktok.com/@lunabakes");
        robot.clickOn(robot.from(secondRow).lookup(".engagement-field").queryAs(TextField.class)).write("6.1");
        robot.clickOn("#saveButton");
        waitUntil(() -> window.table().getItems().size() == 1);

        window.close();
        window.open(workspace);

        TableView<Influencer> table = window.table();
        waitUntil(() -> table.getItems().size() == 1);
        Influencer luna = table.getItems().get(0);
        assertThat(luna.displayName()).isEqualTo("Luna Bakes");
        assertThat(luna.email()).isEqualTo("luna@lunabakes.example");
        assertThat(luna.accounts()).extracting(SocialAccount::platform).containsExactly(Platform.INSTAGRAM, Platform.TIKTOK);
        assertThat(luna.accounts().get(0).followers()).isEqualTo(48_200L);
        assertThat(luna.accounts().get(1).handle()).isEqualTo("lunabakes");
        robot.clickOn("Luna Bakes");
        waitUntil(() -> window.robot().lookup(".account-row").queryAll().size() == 2);
    }

    @Test
    void anInvalidEmailShowsTheMessageAndDisablesSave() throws Exception {
        window.open(workspace);
        FxRobot robot = window.robot();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        window.typeInto("#displayNameField", "Mira Glow");
        Node row = robot.lookup(".account-row").query();
        robot.clickOn(robot.from(row).lookup(".handle-field").queryAs(TextField.class)).write("@miraglow");
        assertThat(window.<Button>find("#saveButton").isDisabled()).isFalse();

        window.typeInto("#emailField", "mira@glow");

        Label error = window.find("#emailError");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Enter an email address like name@example.com.");
        assertThat(window.<Button>find("#saveButton").isDisabled()).isTrue();

        robot.write(".example");
        assertThat(error.isVisible()).isFalse();
        assertThat(window.<Button>find("#saveButton").isDisabled()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> window.table().getItems().size() == 1);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(window.<TextField>find("#filterField").isFocused()).isTrue();
        robot.write("zzz");
        waitUntil(() -> window.table().getItems().isEmpty());
    }

    @Test
    void loadingTheSampleFillsTheTableAndDeleteAsksFirst() throws Exception {
        window.open(workspace);
        FxRobot robot = window.robot();
        assertThat(window.<Node>find("#emptyState").isVisible()).isTrue();

        robot.clickOn("#loadSampleButton");

        TableView<Influencer> table = window.table();
        waitUntil(() -> table.getItems().size() >= 25);
        int before = table.getItems().size();
        assertThat(window.<Node>find("#emptyState").isVisible()).isFalse();

        robot.clickOn("Luna Bakes");
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane .button").match((Button b) -> "Move to Trash".equals(b.getText()))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Move to Trash".equals(b.getText()))
                .queryButton());

        waitUntil(() -> table.getItems().size() == before - 1);
        assertThat(table.getItems()).extracting(Influencer::displayName).doesNotContain("Luna Bakes");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> table.getItems().size() == before);
        assertThat(table.getItems()).extracting(Influencer::displayName).contains("Luna Bakes");
    }

    @Test
    void pastingTenMegabytesIntoANoteIsRefusedAndTheNoteKept() throws Exception {
        window.open(workspace);
        FxRobot robot = window.robot();
        robot.clickOn("#emptyAddButton");
        window.typeInto("#audienceField", "Bakers");
        String huge = "a".repeat(10 * 1024 * 1024);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(huge);
            Clipboard.getSystemClipboard().setContent(content);
        });

        robot.clickOn("#audienceField").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        TextArea audience = window.find("#audienceField");
        RapportWindow.waitUntil(() -> audience.getProperties().containsKey("limit-note"));
        assertThat(audience.getText()).isEqualTo("Bakers");
        assertThat((String) audience.getProperties().get("limit-note")).startsWith("This field keeps up to 10");
        window.typeInto("#displayNameField", "Still responsive");
        assertThat(window.<TextField>find("#displayNameField").getText()).isEqualTo("Still responsive");
    }
}
