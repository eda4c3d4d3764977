package app.rapport.exchange;

import app.rapport.domain.UserError;
import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * Writes a file the safe way: into a temporary file beside the target, then moved into place in one step.
 * A failed or cancelled write leaves no half file and keeps an existing target as it was. Never inside a
 * workspace folder: an export named like the database or a backup would replace it.
 */
public final class SafeFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    /** Files only a workspace folder holds: its database, its lock, or the link to its team server. */
    private static final List<String> WORKSPACE_MARKERS = List.of("rapport.mv.db", "rapport.lock",
            "team-workspace.txt");

    private SafeFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = requireOutsideWorkspace(target);
        Path temp = Files.createTempFile(absolute.getParent(), ".rapport-", ".tmp");
        try {
            content.writeTo(temp);
            keepPermissions(absolute, temp);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * The target as it will be written, links followed; refused with one sentence when it lies inside a workspace
     * folder (this one or another), where only Rapport writes.
     *
     * @throws UserError when the target is inside a workspace folder
     */
    public static Path requireOutsideWorkspace(Path target) {
        Path resolved = resolved(target.toAbsolutePath().normalize());
        for (Path folder = resolved.getParent(); folder != null; folder = folder.getParent()) {
            for (String marker : WORKSPACE_MARKERS) {
                if (Files.exists(folder.resolve(marker))) {
                    throw new UserError(DomainTexts.text("file.insideWorkspace", target.getFileName(), folder));
                }
            }
        }
        return target.toAbsolutePath();
    }

    /** The real path of the deepest part that exists, with the rest appended, so links cannot hide a folder. */
    private static Path resolved(Path path) {
        Path existing = path;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            rest = rest == null ? existing.getFileName() : existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            Path real = existing.toRealPath();
            return rest == null ? real : real.resolve(rest);
        } catch (IOException e) {
            return path;
        }
    }

    /** Temporary files are private; the finished file gets the target's permissions, or the usual ones. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }
}
