package app.rapport.ui.main;

import app.rapport.domain.search.SavedView;
import app.rapport.ui.common.KeyboardFocus;
import app.rapport.ui.common.Shortcuts;
import app.rapport.ui.common.Shortcuts.Shortcut;
import app.rapport.ui.common.ShortcutsDialog;
import app.rapport.ui.common.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's shell: menu, sidebar, the current screen and the status bar. */
public final class MainView {

    @FXML private BorderPane root;
    @FXML private VBox sidebar;
    @FXML private StackPane content;
    @FXML private Label statusLabel;
    @FXML private Label workspaceLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private MenuItem newContactItem;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem writeMessageItem;
    @FXML private MenuItem searchItem;
    @FXML private MenuItem saveViewItem;
    @FXML private MenuItem shortcutsItem;
    @FXML private Hyperlink undoLink;
    @FXML private ProgressBar workProgress;
    @FXML private Button cancelWorkButton;

    private final MainViewModel viewModel;
    private final Function<Screen, Node> screenViews;
    private final BiConsumer<String, SplitPane> dividers;
    private final Map<Screen, Node> loaded = new HashMap<>();
    private final ToggleGroup navigation = new ToggleGroup();
    private Dialog<Void> shortcutsDialog;

    /**
     * @param screenViews builds the view of a screen the first time it is shown
     * @param dividers    keeps the dividers of a screen's split panes where the user leaves them, by a name
     */
    public MainView(MainViewModel viewModel, Function<Screen, Node> screenViews,
            BiConsumer<String, SplitPane> dividers) {
        this.viewModel = viewModel;
        this.screenViews = screenViews;
        this.dividers = dividers;
    }

    @FXML
    private void initialize() {
        newContactItem.setAccelerator(Shortcuts.NEW_CONTACT.keys());
        saveItem.setAccelerator(Shortcuts.SAVE.keys());
        importItem.setAccelerator(Shortcuts.IMPORT.keys());
        exportItem.setAccelerator(Shortcuts.EXPORT.keys());
        quitItem.setAccelerator(Shortcuts.QUIT.keys());
        undoItem.setAccelerator(Shortcuts.UNDO.keys());
        redoItem.setAccelerator(Shortcuts.REDO.keys());
        writeMessageItem.setAccelerator(Shortcuts.WRITE_MESSAGE.keys());
        searchItem.setAccelerator(Shortcuts.SEARCH.keys());
        saveViewItem.setAccelerator(Shortcuts.SAVE_VIEW.keys());
        shortcutsItem.setAccelerator(Shortcuts.SHOW_SHORTCUTS.keys());
        List<Screen> screens = viewModel.screens();
        for (int i = 0; i < screens.size(); i++) {
            int index = i;
            Screen screen = screens.get(i);
            ToggleButton button = new ToggleButton(screen.title(), new FontIcon(screen.iconCode()));
            button.getStyleClass().add("nav-button");
            button.setId("nav-" + screen.id());
            viewModel.badge(screen).ifPresent(count -> {
                Label badge = new Label();
                badge.getStyleClass().add("nav-badge");
                badge.textProperty().bind(Bindings.convert(count));
                badge.visibleProperty().bind(Bindings.notEqual(0, count));
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Label title = new Label(screen.title());
                title.setMinWidth(Region.USE_PREF_SIZE);
                badge.setMinWidth(Region.USE_PREF_SIZE);
                HBox graphic = new HBox(10, new FontIcon(screen.iconCode()), title, gap, badge);
                graphic.setAlignment(Pos.CENTER_LEFT);
                graphic.setMaxWidth(Double.MAX_VALUE);
                button.setText(null);
                // The title is now part of the picture: a screen reader still needs it as the button's name.
                button.setAccessibleText(screen.title());
                button.setGraphic(graphic);
                button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            });
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(navigation);
            button.setTooltip(new Tooltip(Texts.text("main.nav.tooltip", screen.title(), i + 1)));
            button.setOnAction(e -> viewModel.showScreen(index));
            sidebar.getChildren().add(button);
        }
        buildViewList();
        // A pressed toggle stays pressed: the sidebar always shows where the user is.
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        viewModel.selectedScreenProperty().addListener((obs, old, index) -> show(index.intValue()));
        show(viewModel.selectedScreenProperty().get());

        statusLabel.textProperty().bind(viewModel.statusProperty());
        workspaceLabel.setText(viewModel.workspaceText());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty().and(viewModel.statusLine().workingProperty().not()));
        workProgress.progressProperty().bind(viewModel.statusLine().progressProperty());
        workProgress.visibleProperty().bind(viewModel.statusLine().workingProperty());
        workProgress.managedProperty().bind(workProgress.visibleProperty());
        cancelWorkButton.visibleProperty().bind(viewModel.statusLine().workingProperty());
        cancelWorkButton.managedProperty().bind(cancelWorkButton.visibleProperty());
        saveItem.disableProperty().bind(viewModel.contacts().canSaveProperty().not());
        undoItem.disableProperty().bind(viewModel.contacts().bulk().canUndoProperty().not());
        redoItem.disableProperty().bind(viewModel.contacts().bulk().canRedoProperty().not());
        // The way back after a delete or a bulk change, in reach of the mouse too.
        undoLink.visibleProperty().bind(viewModel.contacts().bulk().canUndoProperty());
        undoLink.managedProperty().bind(undoLink.visibleProperty());
        viewModel.contacts().bulk().canUndoProperty().addListener((obs, old, can) ->
                undoItem.setText(viewModel.contacts().bulk().undoText()));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    /** The saved views under the screens: a click opens one, the context menu renames, moves or deletes it. */
    private void buildViewList() {
        Label heading = new Label(Texts.text("main.views.heading"));
        heading.getStyleClass().add("sidebar-heading");
        VBox list = new VBox(2);
        list.setId("viewList");
        sidebar.getChildren().addAll(heading, list);
        Runnable rebuild = () -> list.getChildren().setAll(viewModel.views().views().stream()
                .map(this::viewButton).toList());
        viewModel.views().views().addListener((ListChangeListener<SavedView>) c -> rebuild.run());
        rebuild.run();
    }

    private Button viewButton(SavedView view) {
        Button button = new Button(view.name(), new FontIcon("fth-filter"));
        button.getStyleClass().addAll("nav-button", "view-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        // A view's name is the user's own and can be long: it wraps, and the tooltip repeats it with its search.
        button.setWrapText(true);
        button.setTooltip(new Tooltip(view.name() + "\n"
                + (view.query().isEmpty() ? Texts.text("main.views.everyone") : view.query())));
        button.setOnAction(e -> viewModel.views().open(view));
        MenuItem rename = new MenuItem(Texts.text("main.views.rename"));
        rename.setOnAction(e -> viewModel.views().rename(view));
        MenuItem update = new MenuItem(Texts.text("main.views.replace"));
        update.setOnAction(e -> viewModel.views().update(view));
        MenuItem up = new MenuItem(Texts.text("main.views.moveUp"));
        up.setOnAction(e -> viewModel.views().moveUp(view));
        MenuItem down = new MenuItem(Texts.text("main.views.moveDown"));
        down.setOnAction(e -> viewModel.views().moveDown(view));
        MenuItem delete = new MenuItem(Texts.text("main.views.delete"));
        delete.setOnAction(e -> viewModel.views().delete(view));
        button.setContextMenu(new ContextMenu(rename, update, new SeparatorMenuItem(), up, down,
                new SeparatorMenuItem(), delete));
        return button;
    }

    private void installShortcuts(Scene scene) {
        KeyboardFocus.tabLeavesTextAreas(scene);
        List<Screen> screens = viewModel.screens();
        for (int i = 0; i < Shortcuts.screenShortcuts() && i < screens.size(); i++) {
            int index = i;
            scene.getAccelerators().put(Shortcuts.showScreen(i, screens.get(i).id()).keys(),
                    () -> viewModel.showScreen(index));
        }
        // A menu item carries one accelerator: redo's second one is the scene's.
        Shortcuts.REDO_ALTERNATIVE.ifPresent(redo -> scene.getAccelerators().put(redo.keys(), () -> {
            if (!redoItem.isDisable()) {
                redo();
            }
        }));
        // One close handler per window, replaced by the main view shown last (after a workspace switch or a
        // restore the window stays and its scene gets a new root).
        if (scene.getWindow() != null) {
            askBeforeClosing(scene.getWindow());
        }
        scene.windowProperty().addListener((obs, old, window) -> {
            if (window != null && window.getScene().getRoot() == root) {
                askBeforeClosing(window);
            }
        });
    }

    private void askBeforeClosing(Window window) {
        window.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
    }

    private void show(int index) {
        Screen screen = viewModel.screens().get(index);
        Node view = loaded.computeIfAbsent(screen, shown -> {
            Node built = screenViews.apply(shown);
            int number = 0;
            for (Node pane : built.lookupAll(".split-pane")) {
                dividers.accept(shown.id() + "." + number++, (SplitPane) pane);
            }
            return built;
        });
        content.getChildren().setAll(view);
        ((ToggleButton) navigation.getToggles().get(index)).setSelected(true);
        // A screen opened by Ctrl+digit takes the focus, so the keyboard goes on from there.
        Platform.runLater(() -> KeyboardFocus.enter(view));
    }

    @FXML
    private void newContact() {
        viewModel.newContact();
    }

    @FXML
    private void save() {
        viewModel.contacts().save();
    }

    @FXML
    private void loadSample() {
        viewModel.showScreen(viewModel.screens().indexOf(Screen.CONTACTS));
        viewModel.contacts().loadSample();
    }

    @FXML
    private void importContacts() {
        viewModel.showScreen(viewModel.screens().indexOf(Screen.CONTACTS));
        viewModel.contacts().importContacts();
    }

    @FXML
    private void export() {
        viewModel.showScreen(viewModel.screens().indexOf(Screen.CONTACTS));
        viewModel.contacts().export();
    }

    @FXML
    private void cancelWork() {
        viewModel.statusLine().cancel();
    }

    @FXML
    private void undo() {
        viewModel.contacts().bulk().undo();
    }

    @FXML
    private void redo() {
        viewModel.contacts().bulk().redo();
    }

    @FXML
    private void writeMessage() {
        viewModel.contacts().writeMessage();
    }

    @FXML
    private void search() {
        viewModel.search();
        Node field = content.lookup("#filterField");
        if (field != null) {
            field.requestFocus();
            ((TextField) field).selectAll();
        }
    }

    @FXML
    private void saveView() {
        viewModel.search();
        viewModel.views().saveCurrent();
    }

    @FXML
    private void openTrash() {
        viewModel.openTrash();
    }

    @FXML
    private void backUpNow() {
        viewModel.backups().backUpNow();
    }

    @FXML
    private void restoreBackup() {
        viewModel.backups().restore();
    }

    @FXML
    private void showShortcuts() {
        // One list at a time: pressing F1 again brings it forward.
        if (shortcutsDialog != null && shortcutsDialog.isShowing()) {
            ((Stage) shortcutsDialog.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        List<Shortcut> shortcuts = Shortcuts.all(viewModel.screens().stream().map(Screen::id).toList());
        shortcutsDialog = ShortcutsDialog.show(root.getScene().getWindow(), shortcuts);
    }

    @FXML
    private void about() {
        viewModel.showAbout();
    }

    @FXML
    private void quit() {
        Window window = root.getScene().getWindow();
        viewModel.quit(window::hide);
    }
}
