package app.rapport.exchange;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streamed workbook whose rows, once they leave memory, go to a temporary file compressed and then encrypted
 * (AES/CTR) under a key that exists only in this object: a killed export leaves a file nobody can read. The
 * files go in a folder the caller chooses (the workspace's private one) instead of POI's shared one, and the
 * template is written in memory, so no plain temporary file is made at all (POI's own
 * {@code SXSSFWorkbookWithCustomZipEntrySource} encrypts the sheets too, but only in POI's shared folder).
 */
final class EncryptedTempWorkbook extends SXSSFWorkbook {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final boolean ownFolder;
    private final SecretKey key;

    /** Keeps {@code window} rows in memory; {@code folder} holds the rest ({@code null}: the system's). */
    EncryptedTempWorkbook(int window, Path folder) {
        super(window);
        this.ownFolder = folder != null;
        this.folder = folder != null ? folder : Path.of(System.getProperty("java.io.tmpdir"));
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            this.key = generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every Java runtime", e);
        }
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new EncryptedSheetWriter();
    }

    /** Writes the workbook without POI's plain temporary copy of its template. */
    @Override
    public void write(OutputStream stream) throws IOException {
        writeAvoidingTempFiles(stream);
    }

    private Cipher cipher(int mode, byte[] iv) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(mode, key, new IvParameterSpec(iv));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IOException("AES/CTR is not available", e);
        }
    }

    /**
     * One sheet's rows. An inner class on purpose: POI's constructor already asks for the temporary file, and
     * the workbook (folder and key) is set before that, while this class's own fields are not yet.
     */
    private final class EncryptedSheetWriter extends SheetDataWriter {

        /** Set while POI's constructor opens the file, so it has no initialiser (that would reset it). */
        private byte[] iv;

        EncryptedSheetWriter() throws IOException {
            super();
        }

        @Override
        public File createTempFile() throws IOException {
            Files.createDirectories(folder);
            // Only the workspace's own folder is made private: the system's temporary folder is shared (1777),
            // and changing it would lock every other program out of it.
            if (ownFolder && folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
            // Files.createTempFile makes the file readable by its owner only.
            return Files.createTempFile(folder, "rapport-sheet-", ".bin").toFile();
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
            iv = new byte[16];
            RANDOM.nextBytes(iv);
            return new GZIPOutputStream(new CipherOutputStream(fos, cipher(Cipher.ENCRYPT_MODE, iv)), 64 * 1024);
        }

        @Override
        protected InputStream decorateInputStream(FileInputStream fis) throws IOException {
            return new GZIPInputStream(new CipherInputStream(fis, cipher(Cipher.DECRYPT_MODE, iv)), 64 * 1024);
        }
    }
}
