package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.DamagedWorkspaces.Fault;
import app.rapport.testing.DamagedWorkspaces;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A damaged workspace file, from the command line: {@code check} says it is damaged (not that the folder is
 * unreadable), {@code salvage} saves what can be read into a new workspace without touching the file, and
 * {@code restore} brings the backup back even though the file does not open, keeping the damaged file aside.
 */
class DamagedWorkspaceCommandTest {

    @TempDir
    static Path made;
    private static Path original;
    private static Path backup;

    @TempDir
    Path home;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeAll
    static void workspaceWithABackup() throws IOException {
        original = made.resolve("brand");
        backup = DamagedWorkspaces.create(original, null);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return RapportCommand.run(args, (folder, team, password) -> { }, Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    private Path damaged(Fault fault) throws IOException {
        Path workspace = home.resolve("brand");
        DamagedWorkspaces.copy(original, workspace);
        DamagedWorkspaces.damage(workspace, fault);
        return workspace;
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void checkSaysTheFileIsDamagedAndWhatToDo(Fault fault) throws IOException {
        Path workspace = damaged(fault);

        assertThat(run("--workspace", workspace.toString(), "check")).isEqualTo(1);

        assertThat(err.toString().strip()).isEqualTo("The workspace file in " + workspace + " is damaged: restore "
                + "a backup with 'rapport restore FILE', or save what can still be read into a new workspace with "
                + "'rapport salvage'.");
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"RANDOM_BYTES_IN_A_PAGE", "TORN_LAST_CHUNK"})
    void salvageSavesWhatCanBeReadIntoANewWorkspaceAndNeverTouchesTheDamagedFile(Fault fault) throws IOException {
        Path workspace = damaged(fault);
        String before = DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"));
        Path salvaged = home.resolve("salvaged");

        assertThat(run("--workspace", workspace.toString(), "salvage", "--out", salvaged.toString()))
                .as(err.toString()).isZero();

        assertThat(out.toString()).startsWith("Saved ").contains("into the new workspace " + salvaged,
                "the damaged workspace was not changed");
        Map<String, Long> rows = savedRows(out.toString());
        for (String table : List.of("contact", "social_account", "status_change", "tag", "contact_tag", "deal",
                "campaign", "fit_note", "instalment", "message_template")) {
            assertThat(rows.get(table)).as(table + "\n" + out).isPositive();
        }
        // A damaged page's contacts are lost (a page holds about 150), a torn chunk's last changes; the rest is saved.
        long contacts = rows.get("contact");
        assertThat(contacts).as(out.toString()).isBetween(DamagedWorkspaces.CONTACTS - 500L,
                fault == Fault.TORN_LAST_CHUNK ? DamagedWorkspaces.CONTACTS : DamagedWorkspaces.CONTACTS - 20L);
        assertThat(DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"))).isEqualTo(before);
        assertThat(run("--workspace", salvaged.toString(), "check")).isZero();
        assertThat(out.toString()).startsWith("Healthy: schema 12, " + String.format(Locale.ENGLISH, "%,d", contacts)
                + " contacts");
    }

    /**
     * A file cut in half has lost the chunks that map where everything is (H2 moves them to the end as it
     * closes), so H2's recovery reads nothing back from it: salvage says so and leaves no half workspace; restore
     * is the way.
     */
    @Test
    void salvageOfAFileCutInHalfSaysNothingCouldBeReadAndLeavesNoWorkspace() throws IOException {
        Path workspace = damaged(Fault.TRUNCATED_TO_HALF);
        String before = DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"));
        Path salvaged = home.resolve("salvaged");

        assertThat(run("--workspace", workspace.toString(), "salvage", "--out", salvaged.toString())).isEqualTo(1);

        assertThat(err.toString().strip()).isEqualTo("Nothing could be read from the damaged workspace file in "
                + workspace + ", so no new workspace was made; restore a backup with 'rapport restore FILE'.");
        assertThat(salvaged).doesNotExist();
        assertThat(DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"))).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"TRUNCATED_TO_HALF", "TORN_LAST_CHUNK"})
    void restoreReplacesAFileThatDoesNotOpenAndKeepsItAside(Fault fault) throws IOException {
        Path workspace = damaged(fault);
        String damagedHash = DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"));

        assertThat(run("--workspace", workspace.toString(), "restore", backup.toString())).as(err.toString())
                .isZero();

        assertThat(out.toString()).startsWith("Restored brand-backup.zip in place of the damaged workspace, whose "
                + "file is kept as rapport.mv.db.damaged-").contains("Healthy: schema 12, 2,030 contacts");
        List<Path> aside = keptAside(workspace);
        assertThat(aside).hasSize(1);
        assertThat(DamagedWorkspaces.hash(aside.get(0))).isEqualTo(damagedHash);
        assertThat(run("--workspace", workspace.toString(), "check")).isZero();
        assertThat(out.toString()).startsWith("Healthy: schema 12, 2,030 contacts");
        assertThat(workspace.resolve(".restore")).doesNotExist();
    }

    @Test
    void restoreOfAWorkspaceThatStillOpensBacksUpItsStateFirstAsBefore() throws IOException {
        Path workspace = damaged(Fault.RANDOM_BYTES_IN_A_PAGE);

        assertThat(run("--workspace", workspace.toString(), "restore", backup.toString())).as(err.toString())
                .isZero();

        assertThat(out.toString()).startsWith("Restored brand-backup.zip. Healthy: schema 12, 2,030 contacts");
        try (Stream<Path> files = Files.list(workspace.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains("-before-restore-"));
        }
        assertThat(run("--workspace", workspace.toString(), "check")).isZero();
    }

    @Test
    void aBackupThatIsNotOneLeavesTheDamagedFileAsItWas() throws IOException {
        Path workspace = damaged(Fault.TRUNCATED_TO_HALF);
        String before = DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"));
        Path notABackup = Files.writeString(home.resolve("notes.zip"), "not a zip");

        assertThat(run("--workspace", workspace.toString(), "restore", notABackup.toString())).isEqualTo(1);

        assertThat(err.toString().strip()).isEqualTo("notes.zip is not a Rapport backup: it holds no workspace "
                + "database.");
        assertThat(DamagedWorkspaces.hash(workspace.resolve("rapport.mv.db"))).isEqualTo(before);
        assertThat(keptAside(workspace)).isEmpty();
    }

    @Test
    void aFolderThatHoldsNoWorkspaceIsNotCalledDamaged() {
        Path nowhere = home.resolve("nowhere");

        assertThat(run("--workspace", nowhere.toString(), "check")).isEqualTo(1);

        assertThat(err.toString().strip()).isEqualTo("There is no workspace in " + nowhere + ": check the folder's "
                + "name, and that you may read it.");
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void aWorkspaceFileThatCannotBeReadIsNotCalledDamaged() throws IOException {
        Path workspace = home.resolve("odd");
        Files.createDirectories(workspace.resolve("rapport.mv.db"));

        assertThat(run("--workspace", workspace.toString(), "check")).isEqualTo(1);

        assertThat(err.toString().strip()).isEqualTo("Rapport cannot read the workspace at " + workspace + ": check "
                + "that the folder and its rapport.mv.db exist and that you may read and write them.");
    }

    private static List<Path> keptAside(Path workspace) throws IOException {
        try (Stream<Path> files = Files.list(workspace)) {
            return files.filter(p -> p.getFileName().toString().startsWith("rapport.mv.db.damaged-")).toList();
        }
    }

    /** The "  table   rows" lines salvage prints. */
    private static Map<String, Long> savedRows(String printed) {
        return printed.lines().filter(l -> l.startsWith("  ")).map(String::strip)
                .map(l -> l.split("\\s+")).collect(Collectors.toMap(p -> p[0],
                        p -> Long.parseLong(p[1])));
    }
}
