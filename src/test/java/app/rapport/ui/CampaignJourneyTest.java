package app.rapport.ui;

import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Campaign;
import app.rapport.domain.Money;
import app.rapport.domain.ShortlistRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Planning a campaign in the real window: the budget warns as plans grow and clears as they shrink. */
class CampaignJourneyTest {

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();

    @Test
    void threePlannedFeesOverTheBudgetWarnAndLoweringOneClearsIt() throws Exception {
        window.openOnTheSample(workspace);
        FxRobot robot = window.robot();
        robot.clickOn("#nav-campaigns");
        robot.clickOn("#newCampaignButton");
        window.typeInto("#nameField", "Holiday gift guide");
        window.typeInto("#budgetField", "1000");
        robot.clickOn("#saveCampaignButton");
        @SuppressWarnings("unchecked")
        ListView<Campaign> campaigns = robot.lookup("#campaignList").queryAs(ListView.class);
        waitUntil(() -> campaigns.getItems().stream().anyMatch(c -> c.name().equals("Holiday gift guide")
                && c.budget().equals(Money.of("1000", "EUR"))));

        for (String name : List.of("Wick & Wander", "Golden Hour Home", "Rooted Rituals")) {
            window.typeInto("#searchField", name.substring(0, 6));
            waitUntil(() -> robot.lookup(".auto-complete-popup .list-cell").queryAll().stream()
                    .anyMatch(n -> name.equals(((ListCell<?>) n).getText())));
            Node suggestion = robot.lookup(".auto-complete-popup .list-cell").queryAll().stream()
                    .filter(n -> name.equals(((ListCell<?>) n).getText())).findFirst().orElseThrow();
            robot.clickOn(suggestion);
        }
        @SuppressWarnings("unchecked")
        TableView<ShortlistRow> shortlist = robot.lookup("#shortlistTable").queryAs(TableView.class);
        waitUntil(() -> shortlist.getItems().size() == 3);
        // The shortlist sits below the campaign's form: scroll down to it, as a user would.
        ScrollPane page = robot.lookup(".campaigns-screen .scroll-pane")
                .queryAs(ScrollPane.class);
        robot.interact(() -> page.setVvalue(1));

        setFee(robot, shortlist, 0, "300");
        setFee(robot, shortlist, 1, "400");
        setFee(robot, shortlist, 2, "500");

        String over = "The plan is " + Money.of("200", "EUR").format(Locale.getDefault()) + " over the budget.";
        waitUntil(() -> robot.lookup("#budgetWarning").tryQuery()
                .map(n -> over.equals(((Label) n).getText())).orElse(false));

        setFee(robot, shortlist, 2, "200");

        waitUntil(() -> robot.lookup("#budgetWarning").tryQuery().isEmpty());
        assertThat(shortlist.getItems().get(2).entry().plannedFee()).isEqualTo(Money.of("200", "EUR"));
    }

    private static void setFee(FxRobot robot, TableView<ShortlistRow> table, int row, String fee) throws Exception {
        // Rows are recycled, so find the one showing this index rather than the n-th row node.
        Node rowNode = robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == row).query();
        Node cell = robot.from(rowNode).lookup(".table-cell").nth(5).query();
        robot.doubleClickOn(cell);
        waitUntil(() -> robot.from(table).lookup(".text-field").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(fee).type(KeyCode.ENTER);
        Money expected = Money.of(fee, "EUR");
        waitUntil(() -> expected.equals(table.getItems().get(row).entry().plannedFee()));
    }
}
