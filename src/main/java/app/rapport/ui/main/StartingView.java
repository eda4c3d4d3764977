package app.rapport.ui.main;

import app.rapport.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's first frame, shown while the workspace opens: the same menu bar, sidebar and status bar as the
 * {@link MainView}, and a busy mark where the first screen will be. It is built in code from plain controls, with
 * nothing read from the workspace, so it costs little more than a bare window; the main view replaces it as the
 * scene's root once the workspace is open. Its buttons carry no ids: a test or a probe that looks for the
 * sidebar's {@code #nav-…} buttons finds the real ones only.
 */
public final class StartingView {

    private StartingView() {
    }

    /** The placeholder window content; {@code message} says what is happening, such as "Opening your workspace…". */
    public static Parent root(String message) {
        MenuBar menus = new MenuBar(new Menu(Texts.text("main.file")), new Menu(Texts.text("main.edit")),
                new Menu(Texts.text("main.help")));
        menus.setDisable(true);

        VBox sidebar = new VBox(4);
        sidebar.getStyleClass().add("sidebar");
        Label brand = new Label(Texts.text("main.rapport"));
        brand.getStyleClass().add("brand");
        sidebar.getChildren().add(brand);
        for (Screen screen : Workbench.SCREENS) {
            ToggleButton button = new ToggleButton(screen.title(), new FontIcon(screen.iconCode()));
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            // Shown, not yet working: a click before the workspace is open would have nowhere to go.
            button.setMouseTransparent(true);
            button.setFocusTraversable(false);
            sidebar.getChildren().add(button);
        }

        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(48, 48);
        Label what = new Label(message);
        what.getStyleClass().add("text-muted");
        VBox waiting = new VBox(14, busy, what);
        waiting.setAlignment(Pos.CENTER);
        StackPane content = new StackPane(waiting);
        content.getStyleClass().add("content");
        content.setAccessibleText(message);

        HBox statusBar = new HBox(10);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);

        BorderPane root = new BorderPane(content, menus, null, statusBar, sidebar);
        root.getStyleClass().addAll("main-window", "starting");
        root.setId("startingView");
        return root;
    }
}
