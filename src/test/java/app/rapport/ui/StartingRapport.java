package app.rapport.ui;

import static app.rapport.ui.RapportWindow.STARTING_SECONDS;

import app.rapport.RapportApp;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Rapport started off the test thread, for the starts that a dialog holds up until it is answered (the welcome, a
 * damaged file, a password). Registered as an extension, it stops the app and its starter after each test.
 */
final class StartingRapport implements AfterEachCallback {

    private final ExecutorService starter = Executors.newSingleThreadExecutor();
    private Future<RapportApp> starting;
    private RapportApp app;

    /** Starts the app and returns at once: the test answers what it asks first, then waits for {@link #started}. */
    void start(Supplier<RapportApp> rapport) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        starting = starter.submit(() -> (RapportApp) FxToolkit.setupApplication(rapport::get));
    }

    /** Waits for the start to finish, once its questions are answered. */
    RapportApp started() throws InterruptedException, ExecutionException, TimeoutException {
        app = starting.get(STARTING_SECONDS, TimeUnit.SECONDS);
        return app;
    }

    /** Stops the app, which closes its workspace, so the test can open the workspace to check what was kept. */
    void stop() throws TimeoutException {
        RapportApp stopping = app;
        app = null;
        if (stopping != null) {
            FxToolkit.cleanupApplication(stopping);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException {
        try {
            stop();
            FxToolkit.cleanupStages();
        } finally {
            starter.shutdownNow();
        }
    }
}
