package app.rapport.cli;

import app.rapport.domain.Influencer;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.sheet.Column;
import app.rapport.service.ExportService;
import app.rapport.service.Session;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport list}: prints the contacts a search finds, as a plain table or just their number. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {

    private static final List<String> DEFAULT_COLUMNS = List.of("name", "status", "country", "city", "tags", "fit");
    private static final int WIDEST = 40;

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--query", paramLabel = "QUERY")
    private String query;

    @Option(names = "--count")
    private boolean count;

    @Option(names = "--columns", paramLabel = "a,b,c", split = ",")
    private List<String> columns;

    @Override
    public Integer call() {
        Path workspace = parent.workspace();
        try (Session session = parent.openSession()) {
            List<Influencer> found = session.search().find(query == null ? "" : query);
            PrintWriter out = spec.commandLine().getOut();
            if (count) {
                out.println(found.size());
            } else {
                print(found, session.exports(), out);
            }
            out.flush();
        }
        return 0;
    }

    private void print(List<Influencer> contacts, ExportService exports, PrintWriter out) {
        List<Column> chosen;
        try {
            chosen = exports.columns(contacts, columns == null || columns.isEmpty() ? DEFAULT_COLUMNS : columns);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(e.getMessage());
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(chosen.stream().map(Column::header).toArray(String[]::new));
        for (Influencer contact : contacts) {
            rows.add(chosen.stream().map(c -> cell(c.valueOf(contact))).toArray(String[]::new));
        }
        int[] widths = new int[chosen.size()];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], TerminalWidth.of(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - TerminalWidth.of(row[i]) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** A value on one line, cut to a readable width. */
    private static String cell(Object value) {
        String text = value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        text = text.replaceAll("\\s+", " ").strip();
        if (text.codePointCount(0, text.length()) > WIDEST) {
            text = text.substring(0, text.offsetByCodePoints(0, WIDEST - 1)) + "…";
        }
        return text;
    }
}
