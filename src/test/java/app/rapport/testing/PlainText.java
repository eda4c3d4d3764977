package app.rapport.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;

/** Finds files that hold given texts in the clear: as bytes, inside zips and gzip, in UTF-8 and UTF-16. */
public final class PlainText {

    private PlainText() {
    }

    /** Every regular file under {@code root} holding any of the texts. */
    public static List<Path> filesContaining(Path root, String... texts) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return holds(Files.readAllBytes(file), texts);
                } catch (NoSuchFileException | AccessDeniedException e) {
                    return false;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holds(byte[] bytes, String... texts) {
        String asLatin = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String text : texts) {
            for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                if (asLatin.contains(new String(text.getBytes(cs), StandardCharsets.ISO_8859_1))) {
                    return true;
                }
            }
        }
        byte[] inner = unpacked(bytes);
        return inner != null && holds(inner, texts);
    }

    /** What a zip or a gzip file holds, or null when it is neither (or is broken, as a killed write leaves). */
    private static byte[] unpacked(byte[] bytes) {
        if (bytes.length < 4) {
            return null;
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            if (bytes[0] == 'P' && bytes[1] == 'K') {
                try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                    while (in.getNextEntry() != null) {
                        copyWhatReads(in, all);
                    }
                }
            } else if ((bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    copyWhatReads(in, all);
                }
            } else {
                return null;
            }
        } catch (IOException e) {
            // A truncated archive still gives what was read before the break.
        }
        return all.size() == 0 ? null : all.toByteArray();
    }

    private static void copyWhatReads(InputStream in, ByteArrayOutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) > 0) {
            out.write(buffer, 0, read);
        }
    }
}
