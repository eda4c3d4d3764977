package app.rapport.process;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.service.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log files a real Rapport writes while importing, searching, exporting and failing at each hold no
 * contact data: a known contact's name, email and handle appear nowhere in them.
 */
class LogPrivacyTest {

    private static final List<String> SECRETS = List.of("Zephyrine", "Quillfeather", "zephyrine@quill.example",
            "zephyquill", "+34 611 22 33 44");

    @TempDir
    Path folder;

    @Test
    void logsWrittenThroughSuccessesAndFailuresNameNoContact() throws Exception {
        Path workspace = folder.resolve("ws");
        Path people = folder.resolve("people.csv");
        Files.writeString(people, "Name,Email,Phone,Instagram,Notes\n"
                + "Zephyrine Quillfeather,zephyrine@quill.example,+34 611 22 33 44,@zephyquill,Met Zephyrine at a fair\n"
                + "Zephyrine Quillfeather,no-email@,,@zephyquill,\n", StandardCharsets.UTF_8);
        Path clean = folder.resolve("clean.csv");
        Files.writeString(clean, "Name,Email,Phone,Instagram,Notes\n"
                + "Zephyrine Quillfeather,zephyrine@quill.example,+34 611 22 33 44,@zephyquill,Met Zephyrine at a fair\n",
                StandardCharsets.UTF_8);
        Path binary = folder.resolve("photo.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, (byte) 0xff, 0, 1});
        String ws = workspace.toString();

        // The app's own logging set-up, as installed, not the tests' console one.
        String appLogging = Path.of(LogPrivacyTest.class.getResource("/logback.xml").toURI()).toString();
        try (ChildRapport child = ChildRapport.startWithOptions(List.of("-Dlogback.configurationFile=" + appLogging),
                CliScript.class, workspace,
                "--workspace", ws, "import", people.toString(), "--report", folder.resolve("report.csv").toString(), ";",
                "--workspace", ws, "import", clean.toString(), ";",
                "--workspace", ws, "import", clean.toString(), "--on-duplicate", "fill", ";",
                "--workspace", ws, "import", binary.toString(), ";",
                "--workspace", ws, "list", "--query", "zephyrine", ";",
                "--workspace", ws, "export", "--format", "pdf", "--query", "zephyrine", "--out",
                folder.resolve("sheet.pdf").toString(), ";",
                "--workspace", ws, "export", "--format", "csv", "--out",
                folder.resolve("missing").resolve("deeper").resolve("x.csv").toString(), ";",
                "--workspace", ws, "restore", folder.resolve("no-such-backup.zip").toString(), ";",
                "--workspace", ws, "backup", ";",
                "--workspace", ws, "check")) {
            child.awaitLine("DONE");
        }

        try (Session session = Session.open(workspace, Clock.systemUTC())) {
            assertThat(session.contacts().listContacts()).extracting(Influencer::displayName)
                    .containsExactly("Zephyrine Quillfeather");
        }
        List<Path> logs;
        try (Stream<Path> files = Files.walk(workspace.resolve("logs"))) {
            logs = files.filter(Files::isRegularFile).toList();
        }
        assertThat(logs).isNotEmpty();
        List<String> lines = new ArrayList<>();
        for (Path log : logs) {
            lines.addAll(Files.readAllLines(log, StandardCharsets.UTF_8));
        }
        // The run did log, failures included, so the absence below means something.
        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(lines).anyMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
        for (String secret : SECRETS) {
            assertThat(lines).as("log lines mentioning %s", secret)
                    .noneMatch(line -> line.toLowerCase(Locale.ROOT)
                            .contains(secret.toLowerCase(Locale.ROOT)));
        }
    }
}
