package app.rapport.bench;

import app.rapport.RapportApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/**
 * A fresh JVM that shows either a bare JavaFX window with one label ({@code bare}) or Rapport on a workspace
 * ({@code app DIR}) and prints "READY heap=MB rss=MB" once the first frame shows it (for Rapport: the contacts
 * table with rows in it, or its empty state for an empty workspace), then stops at once.
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
                    javafx.scene.Node state = scene.lookup("#emptyState");
                    boolean emptyState = state != null && state.isVisible();
                    if (!emptyState && (!(scene.lookup("#table") instanceof TableView<?> table)
                            || table.getItems().isEmpty())) {
                        return;
                    }
                }
                if (reported.compareAndSet(false, true)) {
                    // Measured after this frame, so the time printed by the parent is not stretched by the GC.
                    Platform.runLater(StartupProbe::report);
                }
            });
        });
    }

    private static void report() {
        System.out.println("FRAME");
        System.out.flush();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.gc();
        long heap = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("READY heap=%d rss=%d%n", heap / (1024 * 1024), rssKb() / 1024);
        System.out.flush();
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
        } catch (java.io.IOException | RuntimeException e) {
            // Not Linux: the resident size is reported as 0.
        }
        return 0;
    }
}
