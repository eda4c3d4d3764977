package app.rapport.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text file read as a stream, never whole into memory: its encoding told from its byte order mark or by
 * decoding it once as UTF-8, its first characters for sniffing the delimiter, and a reader past the mark.
 */
final class TextFiles {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BUFFER = 1 << 16;

    private TextFiles() {
    }

    /**
     * UTF-16 by its byte order mark; UTF-8 when every byte of the file decodes as UTF-8 (checked in one pass with
     * a small buffer); else Windows-1252, what Excel on Windows saves.
     */
    static Charset detectEncoding(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            if (head.length == 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return StandardCharsets.UTF_16LE;
            }
            if (head.length == 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return StandardCharsets.UTF_16BE;
            }
            return isUtf8(head, in) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
    }

    private static boolean isUtf8(byte[] head, InputStream rest) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        bytes.put(head);
        byte[] chunk = new byte[BUFFER / 2];
        boolean end = false;
        while (!end) {
            int n = rest.read(chunk);
            end = n < 0;
            if (n > 0) {
                bytes.put(chunk, 0, n);
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            if (result.isError() || end && bytes.hasRemaining()) {
                return false;
            }
            chars.clear();
            // A character cut at the chunk's end stays for the next round.
            bytes.compact();
        }
        return !decoder.flush(chars).isError();
    }

    /** The first {@code count} characters of the file (fewer when it is shorter), without a byte order mark. */
    static String head(Path file, Charset encoding, int count) throws IOException {
        try (Reader in = open(file, encoding)) {
            char[] text = new char[count];
            int read = 0;
            for (int n; read < count && (n = in.read(text, read, count - read)) > 0; ) {
                read += n;
            }
            return new String(text, 0, read);
        }
    }

    /** A reader of the file's characters after any byte order mark; bytes the encoding lacks become U+FFFD. */
    static Reader open(Path file, Charset encoding) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), encoding), BUFFER);
        in.mark(1);
        if (in.read() != '\ufeff') {
            in.reset();
        }
        return in;
    }
}
