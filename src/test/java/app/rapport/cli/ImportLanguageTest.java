package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import's report speaks the user's language: a German user's dry run reads German from start to end. */
class ImportLanguageTest {

    @TempDir
    Path home;

    @Test
    void aDryRunOnAGermanComputerReportsInGerman() throws IOException {
        Path sheet = Files.writeString(home.resolve("creators.csv"), """
                Name,Instagram,Email
                Luna Bakes,@luna.bakes,luna@example.com
                Mila Makes,@mila.makes,mila@example.com
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        try (Messages.Speaking german = Messages.speak(Locale.GERMANY)) {
            int exit = RapportCommand.run(new String[] {"--workspace", home.resolve("brand").toString(), "import",
                sheet.toString(), "--dry-run"}, (folder, team, password) -> { }, Map.of(),
                    new PrintWriter(out, true), new PrintWriter(err, true));

            assertThat(exit).as(err.toString()).isZero();
            assertThat(out.toString()).contains(Messages.format(RapportCommand.MESSAGES, "import.dryRun", 2, 0, 0, 0))
                    .startsWith(Messages.format(RapportCommand.MESSAGES, "import.mapping", "").strip())
                    .doesNotContain("Dry run", "Mapping", "would be imported");
        }
    }
}
