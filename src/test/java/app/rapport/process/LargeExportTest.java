package app.rapport.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 100,000 contacts to XLSX in a JVM with a small heap: the streaming writer must not run out of memory. */
class LargeExportTest {

    @TempDir
    Path folder;

    @Test
    void aHundredThousandRowsFitInA256MegabyteHeap() throws Exception {
        try (ChildRapport child = ChildRapport.startWithHeap("256m", ExportLargeSheet.class, folder, "100000")) {
            assertThat(child.awaitLine("DONE")).isEqualTo("DONE 100000");
        }
        assertThat(Files.size(folder.resolve("large.xlsx"))).isGreaterThan(1_000_000);
    }
}
