package app.rapport.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA256 over a backup of an encrypted workspace, keyed from the workspace key and kept as the zip's
 * comment (so the backup stays one ordinary zip): a backup changed by anyone without the key is refused.
 * H2 encrypts without an integrity check, so this is what tells a tampered backup from a good one.
 */
final class BackupSeal {

    private static final int END_RECORD = 22;
    private static final int SEAL_CHARS = 64;
    private static final int END_SIGNATURE = 0x06054b50;

    private BackupSeal() {
    }

    /** The seal key for a workspace file key; a label keeps it apart from the file key itself. */
    static byte[] keyFor(String fileKey) {
        return hmac(fileKey.getBytes(StandardCharsets.US_ASCII), "rapport-backup-seal".getBytes(
                StandardCharsets.US_ASCII));
    }

    /** Adds the seal to a zip whose comment is empty, as H2's {@code BACKUP TO} writes it. */
    static void seal(Path zip, byte[] key) throws IOException {
        String seal = HexFormat.of().formatHex(macOf(zip, Files.size(zip), key));
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer length = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) SEAL_CHARS);
            length.flip();
            channel.write(length, size - 2);
            channel.write(ByteBuffer.wrap(seal.getBytes(StandardCharsets.US_ASCII)), size);
            channel.force(true);
        }
    }

    /** Whether the zip carries a seal made with this key over exactly its present bytes. */
    static boolean holds(Path zip, byte[] key) {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            long end = size - SEAL_CHARS - END_RECORD;
            if (end < 0) {
                return false;
            }
            ByteBuffer record = ByteBuffer.allocate(END_RECORD + SEAL_CHARS).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(record, end);
            record.flip();
            if (record.getInt(0) != END_SIGNATURE || Short.toUnsignedInt(record.getShort(END_RECORD - 2))
                    != SEAL_CHARS) {
                return false;
            }
            byte[] stored = new byte[SEAL_CHARS];
            record.position(END_RECORD);
            record.get(stored);
            byte[] expected = HexFormat.of().formatHex(macOf(zip, size - SEAL_CHARS, key))
                    .getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(stored, expected);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The MAC of the first {@code length} bytes, read with the comment length as zero (the zip unsealed). */
    private static byte[] macOf(Path zip, long length, byte[] key) throws IOException {
        Mac mac = mac(key);
        try (InputStream in = Files.newInputStream(zip)) {
            byte[] buffer = new byte[64 * 1024];
            long left = length - 2;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new IOException("The backup is shorter than it says");
                }
                mac.update(buffer, 0, read);
                left -= read;
            }
        }
        mac.update(new byte[2]);
        return mac.doFinal();
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        return mac(key).doFinal(data);
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
