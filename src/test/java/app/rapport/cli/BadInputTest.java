package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.Session;
import app.rapport.testing.HostileFiles;
import app.rapport.testing.TinyDisk;
import app.rapport.testing.WrongFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that are broken, hostile or not files at all, and disks that are full or read-only: each failure is one
 * sentence naming the file and the reason, never "Rapport could not finish the command".
 */
class BadInputTest {

    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Path workspace, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return RapportCommand.run(all, (folder, team, password) -> { }, Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    private String oneSentence() {
        String said = err.toString().strip();
        assertThat(said).hasLineCount(1).doesNotContain("could not finish the command", "Exception", "\tat ");
        return said;
    }

    /** A hostile file of the corpus: how to make it, and what the sentence must say. */
    private interface Maker {
        Path make(Path file) throws Exception;
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("photo.xlsx", (Maker) f -> WrongFiles.image(f, "png"), "is a PNG image"),
                Arguments.of("photo.vcf", (Maker) f -> WrongFiles.image(f, "png"), "is a PNG image"),
                Arguments.of("cut.xlsx", (Maker) HostileFiles::truncatedWorkbook, "is damaged"),
                Arguments.of("parts.xlsx", (Maker) HostileFiles::zipWithoutWorkbook, "no workbook inside"),
                Arguments.of("broken.xlsx", (Maker) WrongFiles::damagedWorkbook, "cannot read it: it may be damaged"),
                Arguments.of("bomb.xlsx", (Maker) HostileFiles::zipBomb, "zip bomb"),
                Arguments.of("xxe.xlsx", (Maker) HostileFiles::xxeWorkbook, "points at other files or expands"),
                Arguments.of("laughs.xlsx", (Maker) HostileFiles::billionLaughsWorkbook,
                        "points at other files or expands"),
                Arguments.of("tall.xlsx", (Maker) HostileFiles::tallWorkbook,
                        "has 3,000,000 rows, more than a workbook can hold"),
                Arguments.of("huge.csv", (Maker) f -> HostileFiles.sparseFile(f, 3L << 30),
                        "is 3.0 GB, more than Rapport can import at once"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileOrBrokenFileIsRefusedInOneSentenceNamingItAndWhy(String name, Maker maker, String reason)
            throws Exception {
        Path file = maker.make(home.resolve(name));
        Path workspace = home.resolve("ws");

        assertThat(run(workspace, "import", file.toString())).isEqualTo(1);

        assertThat(oneSentence()).startsWith(name).contains(reason);
        try (Session session = Session.open(workspace, Clock.systemUTC())) {
            assertThat(session.contacts().listContacts()).isEmpty();
        }
    }

    @Test
    void importOfAFileThatIsNotThereOrIsAFolderSaysWhich() throws Exception {
        Path workspace = home.resolve("ws");
        Path folder = Files.createDirectories(home.resolve("exports"));

        assertThat(run(workspace, "import", home.resolve("missing.csv").toString())).isEqualTo(1);
        assertThat(oneSentence()).isEqualTo("There is no file " + home.resolve("missing.csv") + ".");
        err.getBuffer().setLength(0);

        assertThat(run(workspace, "import", folder.toString())).isEqualTo(1);
        assertThat(oneSentence()).isEqualTo(folder + " is a folder; give the file inside it to import.");
    }

    @Test
    void aReportThatCannotBeWrittenIsOneSentenceNamingIt() throws Exception {
        Path file = Files.writeString(home.resolve("creators.csv"), "Name,Email\nLuna,luna@bakes.example\n");
        Path folder = Files.createDirectories(home.resolve("reports"));
        Files.writeString(folder.resolve("inside.txt"), "keeps the folder from being replaced");

        assertThat(run(home.resolve("ws"), "import", file.toString(), "--report", folder.toString())).isEqualTo(1);

        assertThat(oneSentence()).isEqualTo("Rapport cannot write the report " + folder + "; give a file in a folder "
                + "you can write to.");
    }

    @Test
    void importOfAFileTheAccountMayNotReadSaysSo() throws Exception {
        Path file = Files.writeString(home.resolve("private.csv"), "Name\nLuna\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "Skipped: root reads every file.");

        assertThat(run(home.resolve("ws"), "import", file.toString())).isEqualTo(1);

        assertThat(oneSentence()).isEqualTo("Rapport may not open " + file + "; check that your account can read it.");
    }

    @Test
    void exportToAFolderAsksForAFileName() throws Exception {
        Path workspace = home.resolve("ws");
        Path folder = Files.createDirectories(home.resolve("exports"));
        run(workspace, "sample");

        assertThat(run(workspace, "export", "--format", "csv", "--out", folder.toString())).isEqualTo(1);

        assertThat(oneSentence()).isEqualTo(folder + " is a folder; give a file name, such as "
                + folder.resolve("contacts.csv") + ".");
    }

    @Test
    void exportToAFullDiskSaysTheDiskIsFullAndLeavesNoPart() throws Exception {
        Path workspace = home.resolve("ws");
        run(workspace, "sample");
        try (TinyDisk disk = TinyDisk.mount(home, 256)) {
            disk.fill();
            Path target = disk.root().resolve("contacts.xlsx");

            assertThat(run(workspace, "export", "--format", "xlsx", "--out", target.toString())).isEqualTo(1);

            assertThat(oneSentence()).isEqualTo("The disk holding " + disk.root() + " is full; free some space and "
                    + "try again.");
            try (Stream<Path> left = Files.list(disk.root())) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactly("filler");
            }
        }
    }

    @Test
    void exportToAReadOnlyDiskSaysSo() throws Exception {
        Path workspace = home.resolve("ws");
        run(workspace, "sample");
        try (TinyDisk disk = TinyDisk.mount(home, 256)) {
            disk.makeReadOnly();

            assertThat(run(workspace, "export", "--format", "csv", "--out", disk.root().resolve("c.csv").toString()))
                    .isEqualTo(1);

            assertThat(oneSentence()).isEqualTo(disk.root() + " is on a read-only disk; choose another folder.");
        }
    }

    @Test
    void importIntoAWorkspaceOnAFullDiskSaysTheDiskIsFull() throws Exception {
        StringBuilder csv = new StringBuilder("Name,Email,Instagram,Notes\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("Creator ").append(i).append(",creator").append(i).append("@mail.example,@creator").append(i)
                    .append(",").append("met at the fair; ".repeat(8)).append('\n');
        }
        Path file = Files.writeString(home.resolve("creators.csv"), csv, StandardCharsets.UTF_8);
        try (TinyDisk disk = TinyDisk.mount(home, 2048)) {
            Path workspace = disk.root().resolve("ws");
            run(workspace, "sample");
            disk.fill();
            err.getBuffer().setLength(0);

            assertThat(run(workspace, "import", file.toString())).isEqualTo(1);

            assertThat(oneSentence()).isEqualTo("The disk holding " + workspace + " is full; free some space and "
                    + "try again.");
        }
    }
}
