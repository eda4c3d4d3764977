package app.rapport.cli;

import static app.rapport.cli.Say.say;

import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.UserError;
import app.rapport.domain.sheet.ColumnGuess;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.sheet.RawTable;
import app.rapport.domain.sheet.TableFile;
import app.rapport.service.DiskSpace;
import app.rapport.service.ImportFiles;
import app.rapport.service.ImportPlan;
import app.rapport.service.ImportReport;
import app.rapport.service.ImportService;
import app.rapport.service.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport import FILE}: brings a CSV, XLSX or vCard file into the workspace, all rows or none. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    /** From this many rows an import prints its progress. */
    private static final int PROGRESS_ROWS = 5_000;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    // Kept so that scripts written for earlier versions still run; the file's content now tells its format.
    @Option(names = "--format", paramLabel = "csv|xlsx|vcf", hidden = true)
    private String format;

    @Option(names = "--encoding", paramLabel = "E")
    private String encoding;

    @Option(names = "--delimiter", paramLabel = "D")
    private String delimiter;

    @Option(names = "--sheet", paramLabel = "NAME")
    private String sheet;

    @Option(names = "--platform", paramLabel = "P")
    private String platform;

    @Option(names = "--map", paramLabel = "Header=field")
    private List<String> maps;

    @Option(names = "--on-duplicate", paramLabel = "skip|fill|overwrite|new", defaultValue = "skip")
    private String onDuplicate;

    @Option(names = "--dry-run")
    private boolean dryRun;

    @Option(names = "--report", paramLabel = "FILE")
    private Path report;

    @Option(names = "--skip-invalid")
    private boolean skipInvalid;

    @Override
    public Integer call() throws IOException {
        try {
            return importFile();
        } catch (OutOfMemoryError e) {
            // The rows read so far are garbage once this is thrown; what is left is the sentence.
            throw new UserError(say("import.tooLarge", file.getFileName(),
                    Runtime.getRuntime().maxMemory() / (1 << 20)));
        }
    }

    private int importFile() throws IOException {
        // Names the workspace's log folder before anything is logged (reading the file may log).
        parent.workspace();
        Platform filePlatform = platform == null ? null : Platform.fromName(platform)
                .orElseThrow(() -> new RuleViolation(say("import.unknownPlatform", platform)));
        RawTable table = read(filePlatform);
        Map<String, ColumnGuess> guesses = ImportFiles.guessColumns(table, filePlatform, mapping(table, filePlatform),
                file);
        Map<String, ImportField> mapping = new LinkedHashMap<>();
        guesses.forEach((header, guess) -> {
            if (!guess.isIgnored()) {
                mapping.put(header, guess.field());
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println(say("import.mapping", mapping.isEmpty() ? say("import.mapping.nothing")
                : mapping.entrySet().stream().map(e -> e.getKey() + " → " + e.getValue().id())
                        .collect(Collectors.joining(", "))));
        String ignored = guesses.entrySet().stream().filter(e -> e.getValue().isIgnored())
                .map(e -> e.getKey() + " (" + e.getValue().reason() + ")").collect(Collectors.joining(", "));
        if (!ignored.isEmpty()) {
            out.println(say("import.leftOut", ignored));
        }
        if (mapping.values().stream().noneMatch(ImportCommand::identifies)) {
            err.println(say("import.noIdentifyingColumn", String.join(", ", table.headers()),
                    table.headers().get(0), table.headers().get(Math.min(1, table.headers().size() - 1))));
            return 1;
        }
        try (Session session = parent.openSession()) {
            ImportPlan plan = session.imports().plan(table, mapping);
            ImportService.OnDuplicate policy = duplicatePolicy();
            List<ImportPlan.Problem> listed = new ArrayList<>(plan.problems());
            listed.addAll(ImportReport.duplicates(plan, policy, Map.of()));
            writeReport(listed);
            long errors = plan.errorRows();
            String where = report == null ? say("import.reportHint")
                    : say("import.reportListed", report.toAbsolutePath());
            if (errors > 0 && !skipInvalid) {
                err.println(say("import.nothingImported", errors, where));
                return 1;
            }
            if (dryRun) {
                out.println(say("import.dryRun", plan.rows().size() - errors, plan.duplicates(), errors,
                        plan.warnings()));
                return errors > 0 ? 1 : 0;
            }
            ImportReport result = session.imports().commit(plan, policy, Map.of(), skipInvalid,
                    plan.rows().size() >= PROGRESS_ROWS ? progress(err) : ExportProgress.NONE);
            out.println(result.summary());
            if (errors > 0) {
                err.println(say("import.rowsLeftOut", errors, where));
                return 1;
            }
        }
        return 0;
    }

    /** A large import says how far it is, a line for each tenth, so that a long wait is not a silent one. */
    private static ExportProgress progress(PrintWriter err) {
        int[] tenthsSaid = {0};
        return new ExportProgress() {
            @Override
            public void done(int rows, int total) {
                int tenths = (int) (rows * 10L / Math.max(1, total));
                if (tenths > tenthsSaid[0]) {
                    tenthsSaid[0] = tenths;
                    err.println(say("import.progress", tenths * 10, rows, total));
                    err.flush();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }


    /** Whether a field tells contacts apart: a name, a handle, a profile link or an email. */
    private static boolean identifies(ImportField field) {
        return field.id().equals("name") || field.id().equals("email") || "handle".equals(field.part())
                || "url".equals(field.part()) || field.id().equals("real_name");
    }

    private RawTable read(Platform filePlatform) throws IOException {
        TableFile read = ImportFiles.read(file, new ImportFiles.ReadOptions(encoding == null ? null : charset(encoding),
                delimiter(), sheet));
        if (!read.note().isEmpty()) {
            spec.commandLine().getOut().println(read.note());
        }
        return read.table();
    }

    /** The columns the user decided with {@code --map}; the others are still guessed. */
    private Map<String, ImportField> mapping(RawTable table, Platform filePlatform) {
        Map<String, ImportField> mapping = new LinkedHashMap<>();
        for (String pair : maps == null ? List.<String>of() : maps) {
            String[] parts = pair.split("=", 2);
            String header = parts[0].strip();
            String column = table.headers().stream().filter(h -> h.equalsIgnoreCase(header)).findFirst()
                    .orElseThrow(() -> new RuleViolation(say("import.mapNoColumn", pair,
                            String.join(", ", table.headers()))));
            if (parts.length != 2) {
                throw new RuleViolation(say("import.mapNeedsField", pair, column));
            }
            if (parts[1].strip().equals("-") || parts[1].strip().equalsIgnoreCase("ignore")) {
                mapping.put(column, null);
                continue;
            }
            ImportField field = ImportField.named(parts[1], filePlatform).orElseThrow(() -> new RuleViolation(
                    say("import.unknownField", parts[1].strip(), String.join(", ", ImportField.CONTACT_FIELDS))));
            mapping.put(column, field);
        }
        return mapping;
    }

    private Character delimiter() {
        if (delimiter == null) {
            return null;
        }
        String d = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        if (d.length() != 1) {
            throw new RuleViolation(say("import.delimiter"));
        }
        return d.charAt(0);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(say("import.unknownEncoding", name));
        }
    }

    private ImportService.OnDuplicate duplicatePolicy() {
        return Arrays.stream(ImportService.OnDuplicate.values())
                .filter(p -> p.name().equalsIgnoreCase(onDuplicate.strip())).findFirst()
                .orElseThrow(() -> new RuleViolation(say("import.onDuplicate")));
    }

    private void writeReport(List<ImportPlan.Problem> problems) {
        if (report == null) {
            return;
        }
        try {
            ImportReport.writeProblems(problems, report);
        } catch (IOException e) {
            Path folder = report.toAbsolutePath().getParent();
            if (DiskSpace.isFull(e, folder)) {
                throw DiskSpace.full(folder, e);
            }
            throw new UserError(say("import.reportUnwritable", report.toAbsolutePath()), e);
        }
    }
}
