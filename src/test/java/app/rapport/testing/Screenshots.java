package app.rapport.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Writes the README's pictures: under target/screenshots in a normal build, to assets/screenshots with
 * {@code mvn -Pscreenshots verify} (the pom hands the folder over as rapport.screenshots.dir).
 */
public final class Screenshots {

    private Screenshots() {
    }

    /** Writes a PNG picture of the scene under this name, taken on the FX thread once what is shown is laid out. */
    public static Path write(FxRobot robot, Scene scene, String name) throws IOException {
        Path folder = Path.of(System.getProperty("rapport.screenshots.dir", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        robot.interact(() -> {
            try {
                WritableImage image = scene.snapshot(null);
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return file;
    }
}
