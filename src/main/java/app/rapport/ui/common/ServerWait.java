package app.rapport.ui.common;

import app.rapport.domain.ServerUnreachableException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Saves on a team workspace that may find the server out of reach. Such a save wrote nothing (its transaction
 * never committed); the edit stays in the form, the user is told, the server is asked every two seconds, and
 * the save is made again once it answers. After ten minutes it gives up and says so, the edit still in the form.
 * On a local workspace the server is never out of reach, and a save is just a save.
 */
public final class ServerWait {

    /** How long a save waits for a team server that is out of reach before it gives up and says so. */
    public static final Duration LIMIT = Duration.ofMinutes(10);
    private static final long PAUSE_MS = 2_000;

    private final Background background;
    private final Callable<?> probe;
    private volatile boolean cancelled;
    private boolean waiting;

    /** @param probe a cheap read that throws {@link ServerUnreachableException} while the server is out of reach */
    public ServerWait(Background background, Callable<?> probe) {
        this.background = background;
        this.probe = probe;
    }

    /**
     * Runs {@code save}. When the server is out of reach, {@code onWaiting} is told, and {@code save} runs again
     * once it answers. {@code saved} gets the stored result; {@code failed} any other failure, or the server
     * still out of reach after {@link #LIMIT}.
     */
    public <T> void save(Callable<T> save, Runnable onWaiting, Consumer<? super T> saved,
            Consumer<Throwable> failed) {
        cancelled = false;
        background.run(save, result -> {
            setWaiting(false);
            saved.accept(result);
        }, failure -> {
            if (!(failure instanceof ServerUnreachableException)) {
                setWaiting(false);
                failed.accept(failure);
                return;
            }
            setWaiting(true);
            onWaiting.run();
            background.run(() -> {
                awaitServer();
                return Boolean.TRUE;
            }, back -> {
                if (!cancelled) {
                    save(save, onWaiting, saved, failed);
                }
            }, stillDown -> {
                setWaiting(false);
                if (!cancelled) {
                    failed.accept(stillDown);
                }
            });
        });
    }

    /** Whether a save is waiting for the server. */
    public boolean isWaiting() {
        return waiting;
    }

    /** Drops a save that is waiting for the server (the user closed the form without saving). */
    public void cancel() {
        cancelled = true;
        setWaiting(false);
    }

    private void setWaiting(boolean now) {
        if (now != waiting) {
            waiting = now;
            background.saveWaiting(now);
        }
    }

    private void awaitServer() throws Exception {
        long until = System.nanoTime() + LIMIT.toNanos();
        while (!cancelled) {
            try {
                probe.call();
                return;
            } catch (ServerUnreachableException e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
                Thread.sleep(PAUSE_MS);
            }
        }
    }
}
