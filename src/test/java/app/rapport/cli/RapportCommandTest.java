package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.AppVersion;
import app.rapport.service.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RapportCommandTest {

    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> windowsOpened = new ArrayList<>();

    private int run(Map<String, String> env, String... args) {
        return RapportCommand.run(args, windowsOpened::add, env, new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    @Test
    void versionIsPrintedWithoutOpeningAWindow() {
        assertThat(run(Map.of(), "--version")).isZero();
        assertThat(out.toString().strip()).isEqualTo("Rapport " + AppVersion.get());
        assertThat(AppVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void helpNamesTheWorkspaceOptionAndTheCommands() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString()).contains("--workspace=DIR", "sample");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void withoutACommandTheWindowOpensOnTheChosenWorkspace() {
        Path chosen = home.resolve("brand");

        assertThat(run(Map.of(), "--workspace", chosen.toString())).isZero();

        assertThat(windowsOpened).containsExactly(chosen.toAbsolutePath());
    }

    @Test
    void theEnvironmentVariableChoosesTheWorkspaceWhenNoOptionDoes() {
        Path fromEnv = home.resolve("from-env");

        run(Map.of("RAPPORT_WORKSPACE", fromEnv.toString()));

        assertThat(windowsOpened).containsExactly(fromEnv.toAbsolutePath());
    }

    @Test
    void sampleLoadsTheSampleContactsIntoTheWorkspace() {
        Path workspace = home.resolve("demo");

        assertThat(run(Map.of(), "--workspace", workspace.toString(), "sample")).isZero();

        assertThat(out.toString()).startsWith("Added ").contains("sample contacts to " + workspace.toAbsolutePath());
        try (Session session = Session.open(workspace, Clock.systemUTC())) {
            assertThat(session.contacts().countContacts()).isGreaterThan(25);
        }
    }

    @Test
    void aMistypedOptionGetsAShortMessageAndNoStackTrace() {
        int exit = run(Map.of(), "--workspaec", "x");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown options: '--workspaec'", "Possible solutions: --workspace").doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnwritableWorkspaceIsExplainedInOneSentence() throws Exception {
        Path file = java.nio.file.Files.writeString(home.resolve("not-a-folder"), "x");

        int exit = run(Map.of(), "--workspace", file.resolve("ws").toString(), "sample");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("Rapport cannot create its workspace folder")
                .doesNotContain("Exception").hasLineCount(1);
    }
}
