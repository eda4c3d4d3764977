package app.rapport.ui;

import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.text.Language;
import app.rapport.domain.text.Messages;
import app.rapport.ui.common.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen and dialog at 1280×800, as a laptop shows it, in English, in German (the longest of the languages
 * Rapport speaks) and in the pseudo-language: no label, button, tab, column header or tile shows its text cut
 * (the skin's text is compared with the control's), and in the pseudo-language every text comes from a bundle.
 */
class ScreensFitTest {

    private static final Path VIEWS = Path.of("src/main/resources/app/rapport/ui");
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    /**
     * Where the user's own data shows (names, paths, figures): cut there when long, as any table does, and not
     * from a bundle. Everything else Rapport says is checked.
     */
    private static final Set<String> DATA = Set.of("table-row-cell", "list-cell", "tree-cell", "card",
            "combo-box-base", "date-picker", "workspace", "text-input", "view-button", "niche-link");
    /** The same by id: a contact's name over its form, today's date, a file's own column names. */
    private static final Set<String> DATA_IDS = Set.of("titleLabel", "dateLabel", "previewTable", "workspaceLabel");

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();

    /** A place in the app: how to get there, the views it shows, and how to leave it. */
    private record Place(String name, List<String> views, Visit visit) {
    }

    @FunctionalInterface
    private interface Visit {
        /** Goes there and returns what closes it again (nothing for a screen). */
        Runnable go(FxRobot robot, ScreensFitTest test) throws Exception;
    }

    /** JavaFX's own button words, from its own translations (which have no pseudo-language). */
    private static final Set<String> JAVAFX_WORDS = Set.of(ButtonType.OK.getText(), ButtonType.CANCEL.getText(),
            ButtonType.CLOSE.getText(), ButtonType.YES.getText(), ButtonType.NO.getText(),
            ButtonType.APPLY.getText());

    private static final Runnable STAY = () -> {
    };

    private static final List<Place> PLACES = List.of(
            new Place("contacts", List.of("main/MainView.fxml", "contacts/ContactsView.fxml",
                    "contacts/ContactEditorView.fxml"), (robot, test) -> {
                robot.clickOn("#nav-contacts");
                robot.clickOn("Luna Bakes");
                waitUntil(() -> "Luna Bakes".equals(test.window.<Labeled>find("#titleLabel").getText()));
                return STAY;
            }),
            new Place("outreach", List.of("contacts/OutreachView.fxml"), (robot, test) -> {
                robot.clickOn("#outreachTab");
                waitUntil(() -> robot.lookup("#logButton").tryQuery().map(Node::isVisible).orElse(false));
                return STAY;
            }),
            new Place("message", List.of("messages/MessageView.fxml"), (robot, test) -> {
                robot.clickOn("#messageButton");
                return test.awaitWindowWith("#mailButton");
            }),
            new Place("deals", List.of("deals/DealsView.fxml", "deals/DealEditorView.fxml"), (robot, test) -> {
                robot.clickOn("#dealsTab");
                robot.clickOn("#newDealButton");
                return test.awaitWindowWith("#feeField");
            }),
            screen("pipeline", "pipeline/PipelineView.fxml", ".card"),
            screen("today", "today/TodayView.fxml", ".today-list"),
            screen("campaigns", "campaigns/CampaignsView.fxml", "#shortlistTable"),
            screen("payments", "payments/PaymentsView.fxml", ".payments-screen"),
            screen("dashboard", "dashboard/DashboardView.fxml", "#tile-overdue"),
            screen("settings", "settings/SettingsView.fxml", "#brandField"),
            new Place("trash", List.of("trash/TrashView.fxml"), (robot, test) -> {
                robot.clickOn(Texts.text("main.file")).clickOn(Texts.text("main.trash"));
                return test.awaitWindowWith("#emptyButton");
            }),
            new Place("export", List.of(), (robot, test) -> {
                robot.clickOn("#nav-contacts");
                robot.press(KeyCode.SHORTCUT, KeyCode.E).release(KeyCode.E, KeyCode.SHORTCUT);
                return test.awaitWindowWith("#exportFormat");
            }),
            new Place("about", List.of(), (robot, test) -> {
                robot.clickOn(Texts.text("main.help")).clickOn(Texts.text("main.aboutRapport"));
                return test.awaitWindowWith(".dialog-pane");
            }),
            new Place("import", List.of("imports/ImportWizardView.fxml"), (robot, test) -> {
                Path file = Files.writeString(test.workspace.resolve("creators.csv"),
                        "Creator;IG;E-mail;Subscribers\r\nLuna Bakes;@luna.bakes;luna@lunabakes.example;48,2K\r\n",
                        StandardCharsets.UTF_8);
                robot.interact(() -> test.window.app().importFile(file));
                return test.awaitWindowWith("#nextButton");
            }));

    private static Place screen(String id, String view, String shown) {
        return new Place(id, List.of(view), (robot, test) -> {
            robot.clickOn("#nav-" + id);
            waitUntil(() -> robot.lookup(shown).tryQuery().isPresent());
            return STAY;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "xx-pseudo"})
    void everyScreenAndDialogShowsItsTextsWhole(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        try (Messages.Speaking spoken = Messages.speak(locale)) {
            window.openOnTheSample(workspace);
            FxRobot robot = window.robot();
            robot.interact(() -> {
                Stage stage = window.app().stage();
                stage.setWidth(WIDTH);
                stage.setHeight(HEIGHT);
            });
            List<String> problems = new ArrayList<>();
            for (Place place : PLACES) {
                Runnable leave = place.visit().go(robot, this);
                waitUntil(() -> true);
                problems.addAll(WaitForAsyncUtils.asyncFx(() -> problemsShown(place.name(), locale.equals(Language.PSEUDO)))
                        .get());
                robot.interact(leave);
            }
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void theListOfPlacesHoldsEveryView() throws IOException {
        Set<String> visited = new TreeSet<>();
        PLACES.forEach(p -> visited.addAll(p.views()));
        Set<String> views = new TreeSet<>();
        try (Stream<Path> files = Files.walk(VIEWS)) {
            files.filter(f -> f.toString().endsWith(".fxml"))
                    .forEach(f -> views.add(VIEWS.relativize(f).toString().replace('\\', '/')));
        }
        assertThat(visited).isEqualTo(views);
    }

    /** Waits for a window other than the main one to show what the query finds; returns what closes it. */
    private Runnable awaitWindowWith(String query) throws Exception {
        waitUntil(() -> openWindows().stream().anyMatch(w -> w != window.app().stage()
                && !w.getScene().getRoot().lookupAll(query).isEmpty()));
        Stage opened = (Stage) openWindows().stream()
                .filter(w -> w != window.app().stage() && !w.getScene().getRoot().lookupAll(query).isEmpty())
                .findFirst().orElseThrow();
        return opened::close;
    }

    private static List<Window> openWindows() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).toList();
    }

    /** What every open window shows cut or, in the pseudo-language, not from a bundle. */
    private static List<String> problemsShown(String place, boolean pseudo) {
        List<String> problems = new ArrayList<>();
        for (Window w : openWindows()) {
            collect(w.getScene().getRoot(), place, pseudo, problems);
        }
        return problems;
    }

    private static void collect(Node node, String place, boolean pseudo, List<String> problems) {
        if (!node.isVisible() || node.getStyleClass().stream().anyMatch(DATA::contains)
                || node.getId() != null && DATA_IDS.contains(node.getId())) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            // A menu's mnemonic marker (_File) is not drawn.
            String full = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "")
                    : labeled.getText();
            String shown = shownText(labeled);
            if (shown != null && !shown.equals(full)) {
                problems.add(place + ": " + describe(labeled) + " shows \"" + shown + "\" of \"" + full + "\"");
            }
            if (!scrolls(labeled) && outsideItsWindow(labeled)) {
                problems.add(place + ": " + describe(labeled) + " \"" + full + "\" lies outside its window");
            }
            if (pseudo && full.chars().anyMatch(Character::isLetter) && full.indexOf('[') < 0
                    && !JAVAFX_WORDS.contains(full)) {
                problems.add(place + ": " + describe(labeled) + " says \"" + full + "\", not from a bundle");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, place, pseudo, problems);
            }
        }
    }

    /**
     * Whether the control sits in something that scrolls, where the user can bring it into view (a table's headers
     * scroll sideways with it).
     */
    private static boolean scrolls(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane || n instanceof VirtualFlow<?> || n instanceof TableView<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean outsideItsWindow(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        Scene scene = node.getScene();
        return bounds.getMaxX() > scene.getWidth() + 1 || bounds.getMaxY() > scene.getHeight() + 1
                || bounds.getMinX() < -1 || bounds.getMinY() < -1;
    }

    /** The text the skin draws: the control's own, or cut short with an ellipsis where it does not fit. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    private static String describe(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : String.join(".", node.getStyleClass());
        return node.getClass().getSimpleName() + " " + id;
    }
}
