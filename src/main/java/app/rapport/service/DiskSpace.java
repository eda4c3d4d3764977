package app.rapport.service;

import app.rapport.domain.DiskFullException;
import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tells a full disk from other write failures, so that the user reads "the disk is full" rather than a guess
 * about permissions. Only exception messages are read here, never logged: they can name a person's file.
 */
public final class DiskSpace {

    /** What Linux, macOS and Windows say when a write finds no room (and a quota that is used up). */
    private static final List<String> FULL = List.of("No space left on device", "not enough space on the disk",
            "Disk quota exceeded", "There is not enough space");
    /** Below this much room a failed write is taken for a full disk even when the failure does not say so. */
    private static final long NEARLY_FULL = 1L << 20;

    private DiskSpace() {
    }

    /** Whether the failure, or the disk holding {@code where} (a file or folder), says the disk is full. */
    public static boolean isFull(Throwable failure, Path where) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 10; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && FULL.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return where != null && nearlyFull(where);
    }

    /** The sentence for a full disk, naming the folder the user chose. */
    public static DiskFullException full(Path where, Throwable cause) {
        return new DiskFullException(DomainTexts.text("disk.full", where.toAbsolutePath()), cause);
    }


    private static boolean nearlyFull(Path where) {
        Path existing = where.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return false;
        }
        try {
            FileStore store = Files.getFileStore(existing);
            // /proc and other virtual file systems report no room at all; they are not full disks.
            return !store.isReadOnly() && store.getTotalSpace() > 0 && store.getUsableSpace() < NEARLY_FULL;
        } catch (IOException e) {
            return false;
        }
    }
}
