package app.rapport.bench;

import app.rapport.RapportApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import jdk.jfr.FlightRecorder;

/**
 * A fresh JVM that shows either a bare JavaFX window with one label ({@code bare}) or Rapport on a workspace
 * ({@code app DIR COUNT}) and prints "WINDOW classes=N" at the window's first frame (with the classes loaded by
 * then), "FRAME" once a frame shows the contacts (for Rapport: the contacts table with rows in it, or its empty
 * state for an empty workspace), then "READY heap=MB rss=MB" once all COUNT contacts are loaded (the resident size
 * as the app leaves it after an idle while, the heap in use after a full GC), then "SEARCHED rss=MB" an idle
 * while after the benchmark's typing session in the search box, then stops at once.
 */
public final class StartupProbe {

    /** How long the user is idle before the resident size is read. */
    private static final long IDLE_MS = Long.getLong("bench.idle", 35_000);

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
            AtomicBoolean window = new AtomicBoolean();
            scene.addPostLayoutPulseListener(() -> {
                if (window.compareAndSet(false, true)) {
                    System.out.println("WINDOW");
                    System.out.flush();
                    // Counted after the line is out: the count's own classes do not delay the figure.
                    System.out.println("CLASSES " + ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
                    System.out.flush();
                }
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

    /**
     * Waits until the table holds every contact and the search has had time to fold them, reports, then types the
     * benchmark's search session and reports the resident size again.
     */
    private static void reportOnceLoaded(Scene scene, int expected) {
        try {
            while (expected > 0 && tableSize(scene) < expected) {
                Thread.sleep(100);
            }
            // The search folds the texts in the background once everything is loaded: about 1.5 s per 100,000.
            Thread.sleep(Math.min(3000, expected / 30));
            // Then the user reads the table for a while: what the process holds once its collector has had an
            // idle moment to give memory back.
            Thread.sleep(IDLE_MS);
            long rss = rssKb();
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.gc();
            long heap = runtime.totalMemory() - runtime.freeMemory();
            System.out.printf("READY heap=%d rss=%d%n", heap / (1024 * 1024), rss / 1024);
            System.out.flush();
            if (expected > 0) {
                typeSearches(scene);
                Thread.sleep(IDLE_MS);
            }
            System.out.printf("SEARCHED rss=%d%n", rssKb() / 1024);
            System.out.flush();
        } catch (InterruptedException | ExecutionException e) {
            Thread.currentThread().interrupt();
        }
        finish();
    }

    /** The benchmark's typing session, a character at a time, each keystroke shown before the next. */
    private static void typeSearches(Scene scene) throws InterruptedException, ExecutionException {
        // A quick run (the harness's own test) types one search only.
        List<String> queries = Boolean.getBoolean("bench.quick") ? Benchmark.TYPED.subList(0, 1) : Benchmark.TYPED;
        for (String text : Benchmark.keystrokes(queries)) {
            onFx(() -> {
                ((TextField) scene.lookup("#filterField")).setText(text);
                return null;
            });
            // A second round trip: the matches folded on the other core are handed back to the FX thread.
            onFx(() -> null);
        }
        onFx(() -> {
            ((TextField) scene.lookup("#filterField")).setText("");
            return null;
        });
    }

    private static int tableSize(Scene scene) throws InterruptedException, ExecutionException {
        return onFx(() -> scene.lookup("#table") instanceof TableView<?> table ? table.getItems().size() : 0);
    }

    private static <T> T onFx(Callable<T> work) throws InterruptedException, ExecutionException {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    private static void finish() {
        // With -XX:StartFlightRecording (to find where start-up goes), write the recording before the halt.
        String recording = System.getProperty("bench.recording");
        if (recording != null) {
            FlightRecorder.getFlightRecorder().getRecordings().forEach(r -> {
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
