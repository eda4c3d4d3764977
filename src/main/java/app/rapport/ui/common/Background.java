package app.rapport.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.LoggerFactory;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs work off the FX thread and hands its result back on it, keeping a busy flag for the status bar.
 * Tests pass a same-thread executor for both, so view-models run synchronously.
 */
public final class Background {

    private final Executor worker;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private int running;
    private int savesWaiting;

    /**
     * @param worker where the work runs (a small pool in the app)
     * @param ui     where results are delivered ({@code Platform::runLater} in the app)
     */
    public Background(Executor worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    /** Runs {@code work}; then {@code onSuccess} or {@code onFailure} on the UI executor. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        changeRunning(+1);
        try {
            worker.execute(() -> call(work, onSuccess, onFailure));
        } catch (RejectedExecutionException e) {
            // The app is closing and its worker has stopped: late work (a timer firing) is dropped.
            changeRunning(-1);
            LoggerFactory.getLogger(Background.class).info("Work dropped while closing");
        }
    }

    private <T> void call(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            ui.execute(() -> {
                changeRunning(-1);
                onFailure.accept(e);
            });
            return;
        }
        ui.execute(() -> {
            changeRunning(-1);
            onSuccess.accept(result);
        });
    }

    /** Runs something on the UI executor, such as a progress update from the worker. */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    /** Whether any work is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether a save keeps an edit in memory while it waits for the team server; closing now would lose it. */
    public boolean hasSavesWaiting() {
        return savesWaiting > 0;
    }

    /** Counts the saves waiting for the team server ({@link ServerWait}), on the UI executor. */
    void saveWaiting(boolean waiting) {
        savesWaiting += waiting ? 1 : -1;
    }

    private void changeRunning(int delta) {
        running += delta;
        busy.set(running > 0);
    }
}
