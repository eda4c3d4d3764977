package app.rapport.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens a window over the main one (deal editor, message window) with the main window's look and icon. */
public final class ChildWindows {

    private ChildWindows() {
    }

    /**
     * Loads {@code Foo.fxml} beside the view class with the given controller and shows it, modal to its owner.
     */
    public static Stage open(Window owner, Class<?> viewClass, Object controller, String title) {
        URL fxml = Objects.requireNonNull(viewClass.getResource(viewClass.getSimpleName() + ".fxml"));
        FXMLLoader loader = new FXMLLoader(fxml, Texts.forViews());
        loader.setControllerFactory(type -> controller);
        Parent root;
        try {
            root = TextFit.keepWhole(loader.<Parent>load());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        WindowIcons.put(stage);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        KeyboardFocus.tabLeavesTextAreas(scene);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
