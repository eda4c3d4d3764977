package app.rapport.ui;

import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.OutreachStatus;
import app.rapport.ui.dashboard.DashboardViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader finds on every screen and window, walked node by node once shown on the sample: each
 * button has a name, and each label that leads into a field names that field.
 */
class AccessibleNamesTest {

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();

    @Test
    void noButtonIsNamelessAndEveryLabelLeadingIntoAFieldNamesIt() throws Exception {
        window.openOnTheSample(workspace);
        FxRobot robot = window.robot();
        Set<String> problems = new TreeSet<>();

        // The contacts screen with a contact open: its profile, outreach and deals tabs are all in the scene.
        robot.interact(() -> window.table().getSelectionModel().select(0));
        waitUntil(() -> window.<Node>find("#form").isVisible());
        problems.addAll(unnamed());

        // Every screen of the sidebar, as Ctrl+digit opens it.
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7};
        for (KeyCode digit : digits) {
            robot.push(KeyCode.CONTROL, digit);
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(unnamed());
        }

        // The windows a contact opens: the deal editor and the message window.
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        robot.interact(() -> window.table().getSelectionModel().select(0));
        robot.interact(() -> window.<ButtonBase>find("#newDealButton").fire());
        waitUntil(() -> robot.lookup("#feeField").tryQuery().isPresent());
        robot.interact(() -> window.<ButtonBase>find("#addDeliverableButton").fire());
        robot.interact(() -> window.<ButtonBase>find("#addInstalmentButton").fire());
        WaitForAsyncUtils.waitForFxEvents();
        problems.addAll(unnamed());
        closeChildWindows(robot);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        waitUntil(() -> robot.lookup("#bodyArea").tryQuery().isPresent());
        problems.addAll(unnamed());
        closeChildWindows(robot);

        assertThat(problems).isEmpty();
    }

    @Test
    void eachDashboardChartShowsItsFiguresAsATableTheKeyboardReaches() throws Exception {
        window.openOnTheSample(workspace);
        FxRobot robot = window.robot();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        BarChart<String, Number> funnel = window.find("#funnelChart");
        TableView<DashboardViewModel.StatusRow> funnelTable = window.find("#funnelTable");
        waitUntil(() -> !funnel.getData().isEmpty() && !funnelTable.getItems().isEmpty());
        assertThat(funnelTable.isVisible()).isFalse();

        ToggleButton toggle = window.find("#funnelTableToggle");
        for (int i = 0; i < 40 && !toggle.isFocused(); i++) {
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(toggle.isFocused()).as("Tab reaches the funnel's table toggle").isTrue();
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(funnelTable.isVisible()).isTrue();
        assertThat(funnel.isVisible()).isFalse();
        List<XYChart.Data<String, Number>> bars = funnel.getData().get(0).getData();
        assertThat(funnelTable.getItems()).hasSize(OutreachStatus.values().length);
        for (int i = 0; i < bars.size(); i++) {
            DashboardViewModel.StatusRow row = funnelTable.getItems().get(i);
            assertThat(row.status().label()).isEqualTo(bars.get(i).getXValue());
            assertThat(row.contacts()).isEqualTo(bars.get(i).getYValue().intValue());
        }
        TableView<DashboardViewModel.MonthRow> spendTable = window.find("#spendTable");
        BarChart<String, Number> spend = window.find("#spendChart");
        assertThat(spendTable.getItems()).hasSize(spend.getData().get(0).getData().size());
    }

    private static void closeChildWindows(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage stage && stage.getOwner() != null)
                .forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What every showing window holds that a screen reader could not name. */
    private static List<String> unnamed() {
        List<String> problems = new ArrayList<>();
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
                walk(w.getScene().getRoot(), problems);
            }
        }
        return problems;
    }

    private static void walk(Node node, List<String> problems) {
        if (node instanceof ButtonBase button && blank(button.getText()) && blank(button.getAccessibleText())) {
            problems.add("a button without a name: " + describe(button));
        }
        if (node instanceof Label label && label.getLabelFor() == null && !blank(label.getText())
                && (leadsAGridRow(label) || leadsIntoAField(label))) {
            problems.add("a label that does not name its field: \"" + label.getText() + "\"");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, problems);
            }
        }
    }

    /** A label in a form grid's first column, with a field to its right in the same row. */
    private static boolean leadsAGridRow(Label label) {
        if (!(label.getParent() instanceof GridPane grid) || column(label) != 0) {
            return false;
        }
        return grid.getChildren().stream()
                .anyMatch(n -> row(n) == row(label) && column(n) > 0 && holdsAField(n));
    }

    /** A label directly before a field, itself not after one (a unit such as "days after" follows its field). */
    private static boolean leadsIntoAField(Label label) {
        if (label.getParent() == null || label.getParent() instanceof GridPane) {
            return false;
        }
        List<Node> siblings = label.getParent().getChildrenUnmodifiable();
        int at = siblings.indexOf(label);
        boolean afterAField = at > 0 && isField(siblings.get(at - 1));
        return !afterAField && at + 1 < siblings.size() && isField(siblings.get(at + 1));
    }

    private static boolean holdsAField(Node node) {
        if (isField(node)) {
            return true;
        }
        return node instanceof Parent parent && !(node instanceof Control)
                && parent.getChildrenUnmodifiable().stream().anyMatch(AccessibleNamesTest::holdsAField);
    }

    private static boolean isField(Node node) {
        return node instanceof TextInputControl || node instanceof ComboBoxBase || node instanceof ChoiceBox
                || node instanceof Spinner || node instanceof Slider || node instanceof Rating;
    }

    private static int row(Node node) {
        Integer row = GridPane.getRowIndex(node);
        return row == null ? 0 : row;
    }

    private static int column(Node node) {
        Integer column = GridPane.getColumnIndex(node);
        return column == null ? 0 : column;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String describe(Node node) {
        StringBuilder where = new StringBuilder(node.getClass().getSimpleName());
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                where.append(" in #").append(n.getId());
                break;
            }
            if (!n.getStyleClass().isEmpty()) {
                where.append(" .").append(String.join(".", n.getStyleClass()));
            }
        }
        return where.toString();
    }
}
