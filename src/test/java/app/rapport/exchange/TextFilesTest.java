package app.rapport.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.sheet.RawTable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text files read as streams judge their encoding by every byte, as when they were read whole. */
class TextFilesTest {

    @TempDir
    Path folder;

    @Test
    void utf8CharactersCutByTheReadBufferStillMakeTheFileUtf8() throws Exception {
        // Three-byte characters from the first byte on: many straddle the 32 KB chunks the check reads.
        Path file = Files.writeString(folder.resolve("korean.csv"), "Name\n" + "지우\n".repeat(40_000),
                StandardCharsets.UTF_8);

        assertThat(TextFiles.detectEncoding(file)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aWindows1252ByteFarPastTheStartMakesTheWholeFileWindows1252() throws Exception {
        Charset windows = Charset.forName("windows-1252");
        Path file = Files.write(folder.resolve("late.csv"), ("Name\n" + "Luna\n".repeat(100_000) + "Zoë\n")
                .getBytes(windows));

        RawTable table = TableReader.readCsv(file, TableReader.CsvOptions.DETECT);

        assertThat(table.encoding()).isEqualTo(windows);
        assertThat(table.rows().get(table.rows().size() - 1)).containsExactly("Zoë");
    }

    @Test
    void theByteOrderMarkIsNotPartOfTheFirstHeader() throws Exception {
        // Encoded little-endian, the mark is the bytes FF FE: how Excel's "Unicode text" starts.
        Path file = Files.write(folder.resolve("bom.csv"), "\ufeffName;City\nLuna;Leeds\n"
                .getBytes(StandardCharsets.UTF_16LE));

        RawTable table = TableReader.readCsv(file, TableReader.CsvOptions.DETECT);

        assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(table.headers()).containsExactly("Name", "City");
        assertThat(table.delimiter()).isEqualTo(';');
    }
}
