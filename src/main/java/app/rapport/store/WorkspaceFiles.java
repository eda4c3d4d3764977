package app.rapport.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.h2.tools.ChangeFileEncryption;

/** The workspace's database file as a file: whether it is encrypted, and swapping in a re-encrypted copy. */
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
     * The key H2 gets for a password: H2 splits its password argument at the first space, so the user's
     * password (which may hold spaces) is hashed to hex first; H2 then stretches it with its own salt.
     */
    static String fileKey(String password) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("rapport-workspace:" + password)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Finishes or undoes a swap a killed Rapport left half done. */
    static void recover(Workspace workspace) {
        Path aside = workspace.root().resolve(ASIDE);
        try {
            if (Files.exists(aside) && !Files.exists(workspace.databaseFile())) {
                Files.move(aside, workspace.databaseFile(), StandardCopyOption.ATOMIC_MOVE);
            } else if (Files.exists(aside)) {
                wipe(aside);
            }
            deleteFolder(workspace.root().resolve(".rekey"));
        } catch (IOException e) {
            throw new WorkspaceUnavailableException("Rapport could not tidy its workspace at " + workspace.root()
                    + "; check that the folder is writable.", e);
        }
    }

    /**
     * Re-encrypts a copy of the database file, lets {@code rowsOf} open the copy and count its rows, and when
     * they match {@code expectedRows} puts the copy in place of the original, which is then overwritten and
     * deleted. Anything else leaves the original as it was.
     */
    static void rekey(Workspace workspace, String oldKey, String newKey, Function<Path, Map<String, Long>> rowsOf,
            Map<String, Long> expectedRows) throws IOException {
        Path folder = workspace.root().resolve(".rekey");
        deleteFolder(folder);
        Files.createDirectories(folder);
        try {
            Files.copy(workspace.databaseFile(), folder.resolve("rapport.mv.db"));
            ChangeFileEncryption.execute(folder.toString(), "rapport", "AES",
                    oldKey == null ? null : oldKey.toCharArray(), newKey == null ? null : newKey.toCharArray(), true);
            Map<String, Long> copied = rowsOf.apply(folder.resolve("rapport"));
            if (!copied.equals(expectedRows)) {
                throw new WorkspaceUnavailableException("The re-encrypted copy did not match the workspace, so "
                        + "nothing was changed. Try again.", null);
            }
            Path aside = workspace.root().resolve(ASIDE);
            Files.move(workspace.databaseFile(), aside, StandardCopyOption.ATOMIC_MOVE);
            Files.move(folder.resolve("rapport.mv.db"), workspace.databaseFile(), StandardCopyOption.ATOMIC_MOVE);
            wipe(aside);
        } catch (SQLException e) {
            throw new WorkspaceUnavailableException("Rapport could not change the workspace's encryption; nothing "
                    + "was changed.", e);
        } finally {
            deleteFolder(folder);
        }
    }

    /** Overwrites a file with zeros, to disk, before deleting it, so its old contents are not left behind. */
    static void wipe(Path file) throws IOException {
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
}
