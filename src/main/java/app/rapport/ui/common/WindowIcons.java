package app.rapport.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Rapport's icon in every size it is drawn in, for every window: the system picks the size that fits (16 in a
 * title bar, 32 or 48 in a task switcher, 256 or 512 on a high-density dock), so none is scaled from a wrong one.
 * The build copies them from {@code assets/icon}, where they are rendered from the one SVG.
 */
public final class WindowIcons {

    /** The sizes in pixels, one PNG each. */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256, 512);

    private WindowIcons() {
    }

    /** Gives a window every size of the icon. */
    public static void put(Stage stage) {
        stage.getIcons().setAll(Loaded.IMAGES);
    }

    /** Gives a dialog's window every size of the icon. */
    public static void put(Dialog<?> dialog) {
        put((Stage) dialog.getDialogPane().getScene().getWindow());
    }

    /** Read once, on first use: images do not change, and every dialog would otherwise decode seven files. */
    private static final class Loaded {
        private static final List<Image> IMAGES = SIZES.stream()
                .map(size -> new Image(Objects.requireNonNull(WindowIcons.class.getResourceAsStream(
                        "/app/rapport/ui/icons/rapport-" + size + ".png"), () -> "No icon of size " + size)))
                .toList();
    }
}
