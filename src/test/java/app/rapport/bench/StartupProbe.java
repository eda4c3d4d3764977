package app.rapport.bench;

import app.rapport.RapportApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/**
 * A fresh JVM that shows either a bare JavaFX window with one label ({@code bare}) or Rapport on a workspace
 * ({@code app DIR COUNT}) and prints "FRAME" once the first frame shows it (for Rapport: the contacts table with
 * rows in it, or its empty state for an empty workspace), then "READY heap=MB rss=MB" once all COUNT contacts are
 * loaded and a full GC has run, then stops at once.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        boolean app = args[0].equals("app");
        AtomicBoolean reported = new AtomicBoolean();
        Platform.startup(() -> {
            Stage stage = new Stage();
            if (app) {
                RapportApp rapport = new RapportApp(Path.of(args[1]), Clock.systemDefaultZone());
                rapport.init();
                rapport.start(stage);
            } else {
                stage.setScene(new Scene(new Label("Rapport"), 1440, 900));
                stage.show();
            }
            Scene scene = stage.getScene();
            scene.addPostLayoutPulseListener(() -> {
                if (app) {
                    // The benchmark is about the contacts table; a workspace with contacts opens on the dashboard.
                    if (scene.lookup("#nav-contacts") instanceof ToggleButton contacts && !contacts.isSelected()) {
                        contacts.fire();
                        return;
                    }
                    // An empty workspace shows its empty state instead of rows.
                    Node state = scene.lookup("#emptyState");
                    boolean emptyState = state != null && state.isVisible();
                    if (!emptyState && (!(scene.lookup("#table") instanceof TableView<?> table)
                            || table.getItems().isEmpty())) {
                        return;
                    }
                }
                if (reported.compareAndSet(false, true)) {
                    System.out.println("FRAME");
                    System.out.flush();
                    int expected = app ? Integer.parseInt(args[2]) : 0;
                    Thread waiter = new Thread(() -> reportOnceLoaded(scene, expected), "probe");
                    waiter.setDaemon(true);
                    waiter.start();
                }
            });
        });
    }

    /** Waits until the table holds every contact and the search has had time to fold them, then reports. */
    private static void reportOnceLoaded(Scene scene, int expected) {
        try {
            while (expected > 0 && tableSize(scene) < expected) {
                Thread.sleep(100);
            }
            // The search folds the texts in the background once everything is loaded: about 1.5 s per 100,000.
            Thread.sleep(Math.min(3000, expected / 30));
        } catch (InterruptedException | ExecutionException e) {
            Thread.currentThread().interrupt();
        }
        report();
    }

    private static int tableSize(Scene scene) throws InterruptedException, ExecutionException {
        FutureTask<Integer> size = new FutureTask<>(() ->
                scene.lookup("#table") instanceof TableView<?> table ? table.getItems().size() : 0);
        Platform.runLater(size);
        return size.get();
    }

    private static void report() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.gc();
        long heap = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("READY heap=%d rss=%d%n", heap / (1024 * 1024), rssKb() / 1024);
        System.out.flush();
        // With -XX:StartFlightRecording (to find where start-up goes), write the recording before the halt.
        String recording = System.getProperty("bench.recording");
        if (recording != null) {
            jdk.jfr.FlightRecorder.getFlightRecorder().getRecordings().forEach(r -> {
                try {
                    r.dump(Path.of(recording));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        // No orderly shutdown: the exit backup would only slow the next run down.
        Runtime.getRuntime().halt(0);
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the resident size is reported as 0.
        }
        return 0;
    }
}
