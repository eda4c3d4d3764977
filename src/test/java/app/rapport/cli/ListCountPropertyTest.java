package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.cli.SearchQueries.Query;
import app.rapport.service.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code rapport list --count --query Q} agrees with a plain filter, written here without the search code, over the
 * rows of {@code rapport export --format csv}: for random searches mixing follower counts with thousands
 * separators, quoted country and tag lists, statuses, parts of names, handles and emails, and negation. One
 * workspace is generated and exported once for all tries.
 */
class ListCountPropertyTest {

    private static final int CONTACTS = 300;

    private static Path folder;
    private static Path workspace;
    private static List<ExportedRow> rows;

    @BeforeContainer
    static void generateAndExport() throws IOException {
        folder = Files.createTempDirectory("rapport-list-count");
        workspace = folder.resolve("workspace");
        try (Session session = Session.open(workspace, Clock.systemUTC())) {
            VariedContacts.fill(session, CONTACTS, 11);
        }
        Path csv = folder.resolve("all.csv");
        String exported = rapport("export", "--format", "csv", "--out", csv.toString());
        assertThat(exported).startsWith("Exported " + CONTACTS + " contacts");
        rows = ExportedRow.read(csv);
        assertThat(rows).hasSize(CONTACTS);
    }

    @AfterContainer
    static void removeWorkspace() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<Query> queries() {
        return SearchQueries.queries(rows);
    }

    // Edge cases off: they would spend a third of the tries on the same few queries (-followers:0).
    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void listCountEqualsAPlainFilterOverTheExportedRows(@ForAll("queries") Query query) {
        long expected = rows.stream().filter(query.keeps()).count();

        String counted = rapport("list", "--count", "--query", query.text());

        assertThat(counted).as(query.text()).isEqualTo(Long.toString(expected));
        Statistics.label("found").collect(expected == 0 ? "none" : expected == rows.size() ? "all" : "some");
        Statistics.label("found").coverage(found -> found.check("some").percentage(p -> p >= 40));
    }

    /** Runs a command on the generated workspace in this process and returns what it printed, or fails. */
    private static String rapport(String... command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(Stream.of("--workspace", workspace.toString()), Stream.of(command))
                .toArray(String[]::new);
        int exit = RapportCommand.run(args, (window, team, password) -> { }, Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(exit).as(String.join(" ", command) + ": " + err).isZero();
        return out.toString().strip();
    }
}
