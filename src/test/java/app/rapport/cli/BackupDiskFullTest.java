package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.Session;
import app.rapport.testing.TinyDisk;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup --out} on a disk with no room left: one sentence that says so, and no half backup left behind. */
class BackupDiskFullTest {

    @TempDir
    Path home;

    @Test
    void aBackupToAFullDiskSaysTheDiskIsFullAndLeavesNoPartFile() throws Exception {
        Path workspace = home.resolve("brand");
        try (Session session = Session.open(workspace, Clock.systemDefaultZone())) {
            session.contacts().loadSample();
        }
        try (TinyDisk disk = TinyDisk.mount(home, 256)) {
            disk.fill();
            Path target = disk.root().resolve("b.zip");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exit = RapportCommand.run(new String[] {"--workspace", workspace.toString(), "backup", "--out",
                target.toString()}, (folder, team, password) -> { }, Map.of(), new PrintWriter(out, true),
                    new PrintWriter(err, true));

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString().strip()).isEqualTo("The disk holding " + disk.root() + " is full, so no "
                    + "backup was written; free some space or choose another place.");
            try (Stream<Path> files = Files.list(disk.root())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("filler");
            }
        }
    }
}
