package app.rapport.store;

import java.util.concurrent.CountDownLatch;

/**
 * The moments between the steps of a multi-step change on disk (re-keying), named so a test can stop a real
 * process there and kill it: with the system property {@code rapport.test.pauseAt=STEP} the process prints
 * {@code PAUSED STEP} and waits forever at that step. Without the property it does nothing.
 */
final class StepBoundary {

    static final String PROPERTY = "rapport.test.pauseAt";

    private StepBoundary() {
    }

    static void reached(String step) {
        if (!step.equals(System.getProperty(PROPERTY))) {
            return;
        }
        System.out.println("PAUSED " + step);
        System.out.flush();
        try {
            // The test kills the process here; nothing ever counts this latch down.
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
