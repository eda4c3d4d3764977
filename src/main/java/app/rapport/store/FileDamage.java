package app.rapport.store;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/** Tells a damaged workspace file from one that is merely out of reach, from what H2 reports and from the file. */
final class FileDamage {

    /** MVStore's own words for a file whose pages or chunks do not add up. */
    private static final Set<Integer> CORRUPT = Set.of(DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_CHUNK_NOT_FOUND,
            DataUtils.ERROR_BLOCK_NOT_FOUND, DataUtils.ERROR_UNKNOWN_DATA_TYPE);
    private static final Pattern HEADER = Pattern.compile("(?:^|,)block:([0-9a-f]+),blockSize:([0-9a-f]+),");
    private static final int HEADER_BYTES = 4096;

    private FileDamage() {
    }

    /**
     * Whether a failure says the file itself is damaged: H2's "file corrupted", a page or chunk it cannot read, or
     * a file that ends before its data does. A folder that cannot be read, a lock or a password are not damage.
     */
    static boolean isDamage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return true;
            }
            if (t instanceof MVStoreException store && (CORRUPT.contains(store.getErrorCode())
                    || store.getErrorCode() == DataUtils.ERROR_READING_FAILED && store.getCause() instanceof EOFException)) {
                return true;
            }
            if (t instanceof WorkspaceDamagedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses a file cut short: its header names a newest chunk that lies past the file's end. H2 would open such
     * a file at an older version without a word, and the first write would make the loss final.
     *
     * @param key the file key of an encrypted file, {@code null} for a plain one
     * @throws WorkspaceDamagedException when the file ends before the chunk its header names
     */
    static void refuseCutShort(Workspace workspace, String key) {
        Path file = workspace.databaseFile();
        if (Files.isRegularFile(file) && endsBeforeItsData(file, key)) {
            throw new WorkspaceDamagedException(workspace.root(), null);
        }
    }

    /** Whether the key decrypts the file's header: the password is right, whatever else is wrong. */
    static boolean headerReadsWith(Path file, String key) {
        return header(file, key).find();
    }

    private static boolean endsBeforeItsData(Path file, String key) {
        Matcher m = header(file, key);
        try {
            return m.find() && Long.parseLong(m.group(1), 16) * Long.parseLong(m.group(2), 16)
                    >= length(file, key);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The file's first header, decrypted with the key; matches nothing when it cannot be read. */
    private static Matcher header(Path file, String key) {
        try (FileChannel channel = open(file, key)) {
            ByteBuffer header = ByteBuffer.allocate((int) Math.min(HEADER_BYTES, channel.size()));
            channel.read(header, 0);
            return HEADER.matcher(new String(header.array(), 0, header.position(), StandardCharsets.ISO_8859_1));
        } catch (IOException | RuntimeException e) {
            // An unreadable header is left for H2 to judge as it opens the file.
            return HEADER.matcher("");
        }
    }

    private static long length(Path file, String key) {
        try (FileChannel channel = open(file, key)) {
            return channel.size();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static FileChannel open(Path file, String key) throws IOException {
        FileChannel raw = FileChannel.open(file, StandardOpenOption.READ);
        return key == null ? raw
                : new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(key.toCharArray()), raw);
    }
}
