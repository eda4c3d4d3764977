package app.rapport.exchange;

import java.util.concurrent.CancellationException;

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
