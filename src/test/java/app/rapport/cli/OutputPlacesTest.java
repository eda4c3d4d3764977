package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No command writes inside a workspace folder, where a file named like the database or a backup would replace it. */
class OutputPlacesTest {

    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path workspace;

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return RapportCommand.run(args, (folder, team, password) -> {
        }, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private int inWorkspace(String... args) {
        return run(Stream.concat(Stream.of("--workspace", workspace.toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    @BeforeEach
    void sampleWorkspaceWithABackup() {
        workspace = home.resolve("brand");
        assertThat(inWorkspace("sample")).isZero();
        assertThat(inWorkspace("backup")).isZero();
    }

    @Test
    void exportBackupAndImportReportAreRefusedOnTheDatabaseFileAndItStillOpens() throws Exception {
        Path database = workspace.resolve("rapport.mv.db");
        Path sheet = Files.writeString(home.resolve("creators.csv"), "Name,Email\nAna,ana@example.com\nBo,bad\n");

        assertRefused(inWorkspace("export", "--format", "csv", "--out", database.toString()), "rapport.mv.db");
        assertRefused(inWorkspace("backup", "--out", database.toString()), "rapport.mv.db");
        assertRefused(inWorkspace("import", sheet.toString(), "--report", database.toString()), "rapport.mv.db");

        assertThat(inWorkspace("check")).isZero();
        assertThat(out.toString()).contains("30 contacts");
    }

    @Test
    void aBackupIsNeverReplacedByAnExport() throws Exception {
        Path backup = backups().get(0);
        String before = digest(backup);

        assertRefused(inWorkspace("export", "--format", "csv", "--out", backup.toString()), backup.getFileName()
                .toString());
        assertRefused(inWorkspace("backup", "--out", backup.toString()), backup.getFileName().toString());

        assertThat(digest(backup)).isEqualTo(before);
    }

    @Test
    void aLinkOutsideThatLeadsIntoTheWorkspaceIsFollowedAndRefused() throws Exception {
        Path link = Files.createSymbolicLink(home.resolve("looks-harmless"), workspace.resolve("logs"));
        Path linkedFile = Files.createSymbolicLink(home.resolve("export.csv"), workspace.resolve("rapport.mv.db"));

        assertRefused(inWorkspace("export", "--format", "csv", "--out", link.resolve("x.csv").toString()), "x.csv");
        assertRefused(inWorkspace("export", "--format", "csv", "--out", linkedFile.toString()), "export.csv");

        assertThat(Files.exists(workspace.resolve("logs").resolve("x.csv"))).isFalse();
        assertThat(inWorkspace("check")).isZero();
    }

    @Test
    void anotherWorkspaceFolderIsRefusedToo() {
        Path other = home.resolve("other");
        assertThat(run("--workspace", other.toString(), "sample")).isZero();

        assertRefused(inWorkspace("export", "--format", "csv", "--out", other.resolve("rapport.mv.db").toString()),
                "rapport.mv.db", other);
    }

    @Test
    void aFileBesideTheWorkspaceIsWrittenAsBefore() throws Exception {
        Path file = home.resolve("creators.csv");

        assertThat(inWorkspace("export", "--format", "csv", "--out", file.toString())).isZero();
        assertThat(inWorkspace("backup", "--out", home.resolve("copy.zip").toString())).isZero();

        assertThat(Files.readAllLines(file)).hasSize(31);
        assertThat(home.resolve("copy.zip")).isNotEmptyFile();
    }

    private void assertRefused(int exit, String fileName) {
        assertRefused(exit, fileName, workspace);
    }

    private void assertRefused(int exit, String fileName, Path folder) {
        assertThat(exit).isEqualTo(1);
        try {
            assertThat(err.toString().strip()).isEqualTo(fileName + " would be written inside the Rapport "
                    + "workspace folder " + folder.toRealPath() + ", where Rapport keeps its own files; choose a "
                    + "place outside it.");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<Path> backups() throws IOException {
        try (Stream<Path> files = Files.list(workspace.resolve("backups"))) {
            return files.filter(f -> f.toString().endsWith(".zip")).sorted().toList();
        }
    }

    private static String digest(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
