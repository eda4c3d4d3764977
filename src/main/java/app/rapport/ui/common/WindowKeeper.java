package app.rapport.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the main window's {@link WindowPlace} in its workspace folder: puts the window back where it was before it
 * first shows, and writes the place again a moment after the window moves, resizes or a divider is dragged, and
 * when it closes. Files are written on a thread of its own, never on the FX thread.
 */
public final class WindowKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(WindowKeeper.class);
    /** A drag sends many changes; the place is written once it has been still this long. */
    private static final Duration STILL = Duration.millis(400);

    private final Stage stage;
    private final Supplier<Path> folder;
    private final PauseTransition still = new PauseTransition(STILL);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rapport-window-place");
        thread.setDaemon(true);
        return thread;
    });
    private final InvalidationListener moved = this::moved;
    private final EventHandler<WindowEvent> hiding = event -> keep();
    private WindowPlace place;
    private boolean closed;

    /**
     * Puts the window (not shown yet) where {@code kept} says and follows it from then on.
     *
     * @param folder the workspace folder the place is written to (a salvaged workspace is another folder)
     */
    public WindowKeeper(Stage stage, WindowPlace kept, Supplier<Path> folder) {
        this.stage = stage;
        this.folder = folder;
        this.place = kept;
        kept.boundsOn(screensTouched(kept.bounds()), Screen.getPrimary().getVisualBounds()).ifPresent(bounds -> {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        });
        stage.setMaximized(kept.maximized());
        still.setOnFinished(event -> keep());
        for (Observable changing : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty(), stage.maximizedProperty())) {
            changing.addListener(moved);
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, hiding);
    }

    /** Puts a split pane's dividers where they were kept under {@code name}, and keeps them as they are dragged. */
    public void keepDividers(String name, SplitPane pane) {
        place.dividers(name).filter(positions -> positions.size() == pane.getDividers().size())
                .ifPresent(positions -> pane.setDividerPositions(positions.stream()
                        .mapToDouble(Double::doubleValue).toArray()));
        for (SplitPane.Divider divider : pane.getDividers()) {
            divider.positionProperty().addListener(observable -> {
                if (!closed) {
                    place = place.withDividers(name, pane.getDividers().stream()
                            .map(SplitPane.Divider::getPosition).toList());
                    still.playFromStart();
                }
            });
        }
    }

    /** Writes the place as it is now, stops following the window and waits for the file to be written. */
    public void close() throws InterruptedException {
        if (closed) {
            return;
        }
        if (stage.isShowing()) {
            keep();
        }
        closed = true;
        still.stop();
        for (Observable changing : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty(), stage.maximizedProperty())) {
            changing.removeListener(moved);
        }
        stage.removeEventHandler(WindowEvent.WINDOW_HIDING, hiding);
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void moved(Observable changed) {
        if (!closed && stage.isShowing()) {
            still.playFromStart();
        }
    }

    /**
     * Takes the window's place now and hands it to the writer. The bounds are taken only from a window that is
     * neither maximised nor minimised, so un-maximising after the next start goes back to the size the user chose;
     * a window maximised while the pause ran keeps the bounds it had before.
     */
    private void keep() {
        if (closed) {
            return;
        }
        still.stop();
        place = place.withMaximized(stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
            place = place.withBounds(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight()));
        }
        WindowPlace keeping = place;
        Path into = folder.get();
        writer.execute(() -> {
            try {
                keeping.write(into);
            } catch (IOException e) {
                LOG.warn("The window's place could not be kept: {}", e.getClass().getSimpleName());
            }
        });
    }

    /** The visual bounds of the screens that {@code bounds} touch, the one holding most of it first. */
    private static List<Rectangle2D> screensTouched(Rectangle2D bounds) {
        if (bounds == null) {
            return List.of();
        }
        return Screen.getScreensForRectangle(bounds).stream()
                .sorted(Comparator.comparingDouble((Screen screen) -> -overlap(screen.getBounds(), bounds)))
                .map(Screen::getVisualBounds)
                .toList();
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(0, width) * Math.max(0, height);
    }
}
