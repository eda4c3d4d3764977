package app.rapport.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A sheet written without a workspace folder (payments, a shortlist) keeps its spilled rows in the system's
 * temporary folder, which every program shares: writing there must never change who may use it.
 */
class SharedTempFolderTest {

    @Test
    void aLargeSheetLeavesTheSystemsTemporaryFolderAsItWas() throws Exception {
        Path shared = Path.of(System.getProperty("java.io.tmpdir"));
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(shared);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            rows.add(List.of("Creator " + i, i));
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sheets.writeXlsx("Payments", List.of("Name", "Amount"), rows, out);

        assertThat(out.size()).isPositive();
        assertThat(Files.getPosixFilePermissions(shared)).isEqualTo(before);
    }
}
