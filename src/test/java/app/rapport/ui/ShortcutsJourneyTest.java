package app.rapport.ui;

import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.ui.common.Texts;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Help › Keyboard shortcuts lists every key the window answers to, and Ctrl+Y redoes as Ctrl+Shift+Z does. */
class ShortcutsJourneyTest {

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();

    @Test
    void everyAcceleratorOfTheMenusAndTheWindowIsListedUnderHelpKeyboardShortcuts() throws Exception {
        window.open(workspace);
        FxRobot robot = window.robot();
        Scene scene = window.app().stage().getScene();
        Map<String, String> menuShortcuts = new LinkedHashMap<>();
        MenuBar menuBar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        menuBar.getMenus().stream().flatMap(ShortcutsJourneyTest::items)
                .filter(item -> item.getAccelerator() != null)
                .forEach(item -> menuShortcuts.put(item.getAccelerator().getDisplayText(),
                        item.getText().replace("_", "")));
        Set<String> sceneShortcuts = scene.getAccelerators().keySet().stream()
                .map(KeyCombination::getDisplayText).collect(Collectors.toCollection(TreeSet::new));
        assertThat(menuShortcuts).containsEntry("F1", Texts.text("help.shortcuts.menuItem").replace("_", ""));
        assertThat(sceneShortcuts).contains("Ctrl+Y", "Ctrl+1", "Ctrl+F");

        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcutList").tryQuery().isPresent());

        Map<String, Set<String>> listed = listedShortcuts(robot.lookup("#shortcutList").queryAs(GridPane.class));
        assertThat(listed).containsKeys(menuShortcuts.keySet().toArray(String[]::new));
        assertThat(listed).containsKeys(sceneShortcuts.toArray(String[]::new));
        menuShortcuts.forEach((keys, action) -> assertThat(listed.get(keys)).as(keys).contains(action));
        assertThat(listed.get("Ctrl+Y")).containsExactly(Texts.text("main.redoItem").replace("_", ""));
    }

    @Test
    void ctrlYRedoesWhatCtrlZTookBack() throws Exception {
        window.openOnTheSample(workspace);
        FxRobot robot = window.robot();
        TableView<Influencer> table = window.table();
        int before = table.getItems().size();
        robot.clickOn("Luna Bakes");
        robot.type(KeyCode.DELETE);
        String moveToTrash = Texts.text("contacts.list.moveToTrashButton");
        waitUntil(() -> robot.lookup(".dialog-pane .button").match((Button b) -> moveToTrash.equals(b.getText()))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> moveToTrash.equals(b.getText()))
                .queryButton());
        waitUntil(() -> table.getItems().size() == before - 1);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> table.getItems().size() == before);

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);

        waitUntil(() -> table.getItems().size() == before - 1);
        assertThat(table.getItems()).extracting(Influencer::displayName).doesNotContain("Luna Bakes");
    }

    private static Stream<MenuItem> items(MenuItem item) {
        return item instanceof Menu menu ? menu.getItems().stream().flatMap(ShortcutsJourneyTest::items)
                : Stream.of(item);
    }

    /** The dialog's rows: the keys as shown, with what each does. */
    private static Map<String, Set<String>> listedShortcuts(GridPane list) {
        Map<Integer, String> keysByRow = new HashMap<>();
        Map<Integer, String> actionsByRow = new HashMap<>();
        for (Node cell : list.getChildren()) {
            if (cell.getStyleClass().contains("shortcut-keys")) {
                keysByRow.put(GridPane.getRowIndex(cell), ((Label) cell).getText());
            } else if (cell.getStyleClass().contains("shortcut-action")) {
                actionsByRow.put(GridPane.getRowIndex(cell), ((Label) cell).getText());
            }
        }
        Map<String, Set<String>> listed = new HashMap<>();
        keysByRow.forEach((row, keys) -> listed.computeIfAbsent(keys, k -> new TreeSet<>()).add(actionsByRow.get(row)));
        return listed;
    }
}
