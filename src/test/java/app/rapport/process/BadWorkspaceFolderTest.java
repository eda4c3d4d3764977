package app.rapport.process;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace folder that cannot be one is a single sentence on the terminal, not the logging library's noise. */
class BadWorkspaceFolderTest {

    @TempDir
    Path folder;

    /** Runs the installed entry point with the app's own logging set-up; returns its exit code, stdout, stderr. */
    private List<String> rapport(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String appLogging = Path.of(BadWorkspaceFolderTest.class.getResource("/logback.xml").toURI()).toString();
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-Dlogback.configurationFile=" + appLogging, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Rapport did not finish");
        }
        return List.of(String.valueOf(process.exitValue()), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aWorkspaceThatIsAFileIsOneLineSayingSo() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "not a workspace");

        List<String> run = rapport("--workspace", file.toString(), "sample");

        assertThat(run.get(0)).isEqualTo("1");
        assertThat(run.get(2).strip()).isEqualTo(file + " is a file, not a folder; give a folder for the workspace.");
        assertThat(run.get(2).lines()).hasSize(1);
        assertThat(run.get(1)).isEmpty();
    }

    @Test
    void aWorkspaceThatCannotBeCreatedIsOneLineSayingWhatToDo() throws Exception {
        List<String> run = rapport("--workspace", "/proc/x", "list");

        assertThat(run.get(0)).isEqualTo("1");
        assertThat(run.get(2).strip()).isEqualTo("Rapport cannot create its workspace folder /proc/x; choose a folder "
                + "you can write to.");
        assertThat(run.get(2).lines()).hasSize(1);
    }

    @Test
    void aUsableWorkspaceStillGetsItsLog() throws Exception {
        Path workspace = folder.resolve("ws");

        List<String> run = rapport("--workspace", workspace.toString(), "sample");

        assertThat(run.get(0)).isEqualTo("0");
        assertThat(run.get(2)).isEmpty();
        assertThat(Files.readString(workspace.resolve("logs").resolve("rapport.log"))).contains(" INFO ");
    }
}
