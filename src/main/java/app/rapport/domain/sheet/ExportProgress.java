package app.rapport.domain.sheet;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** What a long export reports to, and how it learns it was cancelled. */
public interface ExportProgress {

    /** Nothing to report to, never cancelled. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void done(int rows, int total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports the fraction done (0 to 1) and asks whether to stop; used by every progress bar. */
    static ExportProgress of(DoubleConsumer fractionDone, BooleanSupplier cancelled) {
        return new ExportProgress() {
            @Override
            public void done(int rows, int total) {
                fractionDone.accept(total == 0 ? 1 : (double) rows / total);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    /** How many rows of how many are written. */
    void done(int rows, int total);

    /** Whether the user cancelled. */
    boolean isCancelled();

    /** Reports a row and stops the export with {@link CancellationException} if the user cancelled. */
    default void row(int rows, int total) {
        if (isCancelled()) {
            throw new CancellationException("Export cancelled");
        }
        if (rows % 500 == 0 || rows == total) {
            done(rows, total);
        }
    }
}
