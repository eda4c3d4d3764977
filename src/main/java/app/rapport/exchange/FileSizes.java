package app.rapport.exchange;

import app.rapport.domain.UserError;
import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How large a file Rapport reads with the memory it has, and the sentence when one is larger: said before
 * reading, instead of an OutOfMemoryError part way through.
 */
final class FileSizes {

    /**
     * Memory a text table takes per byte of file while it is read and checked: its cells as strings, the rows
     * that hold them, the contacts made of them (measured with bench.ImportMemory).
     */
    private static final int MEMORY_PER_BYTE = 10;

    private FileSizes() {
    }

    /** The largest text file this process reads as a table. */
    static long textLimit() {
        return Runtime.getRuntime().maxMemory() / MEMORY_PER_BYTE;
    }

    /** Refuses a text file too large for the memory this process has, naming its size and what to do. */
    static void refuseTooLarge(Path file) throws IOException {
        long size = Files.size(file);
        long limit = textLimit();
        if (size > limit) {
            throw new UserError(DomainTexts.text("file.tooLarge", file.getFileName(), human(size), human(limit)));
        }
    }

    /** The sentence for a file that ran out of memory while it was read. */
    static UserError tooLargeForMemory(Path file) {
        try {
            return new UserError(DomainTexts.text("file.tooLargeForMemorySized", file.getFileName(),
                    human(Files.size(file))));
        } catch (IOException e) {
            return new UserError(DomainTexts.text("file.tooLargeForMemory", file.getFileName()));
        }
    }

    /** "3.0 GB", "96 MB", "12 KB". */
    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        return Math.max(1, bytes >> 10) + " KB";
    }
}
