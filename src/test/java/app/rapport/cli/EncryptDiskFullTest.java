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
import org.h2.mvstore.MVStoreTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code encrypt} on a disk with room to open the workspace but not to write its encrypted copy: one sentence
 * saying the disk is full, and the workspace exactly as it was, plain, whole and healthy.
 */
class EncryptDiskFullTest {

    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return RapportCommand.run(args, (folder, team, password) -> { }, Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    @Test
    void encryptOnAFullDiskSaysSoAndLeavesThePlainWorkspaceWhole() throws Exception {
        Path password = Files.writeString(home.resolve("password.txt"), "a long secret for the test\n");
        try (TinyDisk disk = TinyDisk.mount(home, 4096)) {
            Path workspace = disk.root().resolve("brand");
            try (Session session = Session.open(workspace, Clock.systemDefaultZone())) {
                session.contacts().loadSample();
            }
            // Closing H2 gives free pages back for a bounded time, so on a busy machine the file shrinks by a
            // varying amount while encrypt runs. Compacted now, it has nothing left to give back, and the room
            // left (the key header's, never the store's) stays smaller than the encrypted copy needs.
            Path store = workspace.resolve("rapport.mv.db");
            MVStoreTool.compact(store.toString(), false);
            long compacted = Files.size(store);
            long room = 16 * 1024;
            assertThat(compacted).as("a copy of the store needs more than the room left").isGreaterThan(4 * room);
            disk.fillLeaving(room);

            int exit = run("--workspace", workspace.toString(), "--password-file", password.toString(), "encrypt");

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString().strip()).startsWith("The disk holding ").contains(" is full");
            Files.delete(disk.root().resolve("filler"));
            assertThat(run("--workspace", workspace.toString(), "check")).isZero();
            assertThat(out.toString()).contains("30 contacts");
            assertThat(workspace.resolve(".rekey")).doesNotExist();
            assertThat(workspace.resolve("rapport.key")).doesNotExist();
        }
    }
}
