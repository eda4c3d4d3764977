package app.rapport.store;

import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The workspace's files as files: whether the database is encrypted, tidying at open, wiping, durable writes. */
final class WorkspaceFiles {

    private static final byte[] ENCRYPTED = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    private static final String ASIDE = "rapport.mv.db.replaced";

    private WorkspaceFiles() {
    }

    static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED.length), ENCRYPTED);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Finishes or undoes an encryption change a killed Rapport left half done, wipes what killed commands left
     * behind, and makes every file of the workspace private.
     */
    static void recover(Workspace workspace) {
        Path aside = workspace.root().resolve(ASIDE);
        try {
            Rekey.recover(workspace);
            // A Rapport from before the journal moved the file aside and was killed before the new one went in.
            if (Files.exists(aside) && !Files.exists(workspace.databaseFile())) {
                Files.move(aside, workspace.databaseFile(), StandardCopyOption.ATOMIC_MOVE);
            } else if (Files.exists(aside)) {
                wipe(aside);
            }
            Leftovers.wipe(workspace);
            // Encrypted under keys that died with their process: unreadable, but of no use either.
            wipeFolder(workspace.tempDir());
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(DomainTexts.text("workspace.cannotTidy", workspace.root()), e);
        }
        PrivateFiles.secureTree(workspace.root());
    }

    /** Overwrites a file with zeros, to disk, before deleting it, so its old contents are not left behind. */
    static void wipe(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            Files.delete(file);
            return;
        }
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
            for (long at = 0; at < size; at += zeros.capacity()) {
                zeros.clear();
                zeros.limit((int) Math.min(zeros.capacity(), size - at));
                channel.write(zeros, at);
            }
            channel.force(true);
        }
        Files.delete(file);
    }

    /** Wipes every file under a folder, then removes the folder. */
    static void wipeFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> files = Files.walk(folder)) {
            paths = files.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            if (Files.isDirectory(p) && !Files.isSymbolicLink(p)) {
                Files.deleteIfExists(p);
            } else {
                wipe(p);
            }
        }
    }

    static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Writes a small file so that it is either wholly there or not at all: written beside, forced to disk, then
     * renamed into place.
     */
    static void writeDurably(Path file, byte[] content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(content));
            channel.force(true);
        }
        PrivateFiles.secure(temp);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(file.getParent());
    }

    /** Puts a folder's entries (a rename) to disk where the system allows it (Linux, macOS). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder this way; its renames are durable enough for this.
        }
    }
}
