package app.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.ServerUnreachableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A save that found the team server out of reach: kept while the server is asked again, made once it answers,
 * and counted as waiting meanwhile so closing the window can ask first. (The real server killed and restarted
 * is in TeamFormOutageTest; here the server's answers are scripted to test the bookkeeping.)
 */
class ServerWaitTest {

    private final Background background = new Background(Runnable::run, Runnable::run);
    private final List<String> events = new ArrayList<>();

    private static ServerUnreachableException down() {
        return new ServerUnreachableException("The team server cannot be reached.", null);
    }

    @Test
    void aSaveWaitsWhileTheServerIsDownAndIsMadeOnceItAnswers() {
        AtomicInteger saves = new AtomicInteger();
        AtomicInteger probes = new AtomicInteger();
        ServerWait wait = new ServerWait(background, () -> {
            if (probes.incrementAndGet() < 2) {
                throw down();
            }
            return "up";
        });

        wait.save(() -> {
            if (saves.incrementAndGet() == 1) {
                throw down();
            }
            return "stored";
        }, () -> events.add("waiting, counted " + background.hasSavesWaiting()), stored -> events.add(stored),
                failure -> events.add("failed"));

        assertThat(events).containsExactly("waiting, counted true", "stored");
        assertThat(saves).hasValue(2);
        assertThat(background.hasSavesWaiting()).isFalse();
        assertThat(wait.isWaiting()).isFalse();
    }

    @Test
    void aDroppedSaveIsNotMadeAndNoLongerCounted() {
        ServerWait[] wait = new ServerWait[1];
        AtomicInteger saves = new AtomicInteger();
        wait[0] = new ServerWait(background, () -> "up");

        wait[0].save(() -> {
            if (saves.incrementAndGet() == 1) {
                throw down();
            }
            return "stored";
        }, () -> wait[0].cancel(), stored -> events.add(stored), failure -> events.add("failed"));

        assertThat(events).isEmpty();
        assertThat(saves).hasValue(1);
        assertThat(background.hasSavesWaiting()).isFalse();
    }

    @Test
    void anyOtherFailureIsHandedOnAtOnce() {
        ServerWait wait = new ServerWait(background, () -> "up");

        wait.save(() -> {
            throw new IllegalStateException("disk full");
        }, () -> events.add("waiting"), stored -> events.add("stored"), failure -> events.add(failure.getMessage()));

        assertThat(events).containsExactly("disk full");
        assertThat(background.hasSavesWaiting()).isFalse();
    }
}
