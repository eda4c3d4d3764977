package app.rapport.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, tiny file system for tests of a full or read-only disk: a {@code tmpfs} of a few hundred kilobytes
 * mounted on a temporary folder, which answers "No space left on device" like a full laptop disk does. Mounting
 * needs root (as CI runs here); elsewhere the tests that need it are skipped with a notice.
 */
public final class TinyDisk implements AutoCloseable {

    private final Path mountPoint;

    private TinyDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a disk of {@code kilobytes} inside {@code parent}; skips the test when this machine cannot. */
    public static TinyDisk mount(Path parent, int kilobytes) throws IOException, InterruptedException {
        Path point = Files.createDirectories(parent.resolve("tiny-disk"));
        int exit = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k,mode=0777", "tmpfs",
                point.toString()));
        Assumptions.assumeTrue(exit == 0, "Skipped: mounting a tiny disk needs root (CI runs as root).");
        return new TinyDisk(point);
    }

    public Path root() {
        return mountPoint;
    }

    /** Fills what room is left with one file, so the next write fails. */
    public void fill() throws IOException {
        fillLeaving(0);
    }

    /**
     * Fills the disk but for about {@code bytes}: room for small writes (opening a workspace) and none for a
     * large one (a copy of it).
     */
    public void fillLeaving(long bytes) throws IOException {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(mountPoint.resolve("filler"))) {
            while (Files.getFileStore(mountPoint).getUsableSpace() > bytes + block.length) {
                out.write(block);
                out.flush();
            }
            if (bytes == 0) {
                while (true) {
                    out.write(block);
                }
            }
        } catch (IOException full) {
            // The disk is full: exactly what the test wants.
        }
    }

    /** Makes the disk read-only, as a write-protected stick or a mounted backup is. */
    public void makeReadOnly() throws IOException, InterruptedException {
        if (run(List.of("mount", "-o", "remount,ro", mountPoint.toString())) != 0) {
            throw new IOException("Could not make " + mountPoint + " read-only");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of("umount", "-l", mountPoint.toString()));
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException noMountProgram) {
            return -1;
        }
        process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
