package app.rapport.ui.imports;

import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.sheet.ColumnGuess;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.sheet.RawTable;
import app.rapport.domain.sheet.TableFile;
import app.rapport.service.ImportFiles;
import app.rapport.service.ImportPlan;
import app.rapport.service.ImportReport;
import app.rapport.service.ImportService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.Texts;
import app.rapport.ui.common.UndoHistory;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard: 0 read the file (encoding and delimiter, preview), 1 map the columns, 2 check every
 * row's problems, 3 choose what to do with duplicates, 4 the report after the import.
 */
public final class ImportWizardViewModel {

    public static final int READ = 0;
    public static final int MAP = 1;
    public static final int CHECK = 2;
    public static final int DUPLICATES = 3;
    public static final int DONE = 4;

    // Properties
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", READ);
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>(this, "encoding");
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>(this, "delimiter");
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RawTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyBooleanWrapper workbook = new ReadOnlyBooleanWrapper(this, "workbook");
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext");
    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>(this, "platform");
    private final ColumnMapping columns = new ColumnMapping();
    private final CheckedPlan checked = new CheckedPlan();
    private final DuplicateChoices duplicates = new DuplicateChoices();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");

    private final Path file;
    private final ImportService service;
    private final Background background;
    private final DialogService dialogs;
    private final Runnable onImported;
    private UndoHistory history;
    private AtomicBoolean cancelled = new AtomicBoolean();
    /** Whether the user chose to import without the rows that have errors. */
    private boolean skipInvalid;
    private boolean applyingRead;

    public ImportWizardViewModel(Path file, ImportService service, Background background, DialogService dialogs,
            Runnable onImported) {
        this.file = file;
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.onImported = onImported;
        // Past the first step Next does the step's own checks; on it, only a table with rows can go on.
        canGoNext.bind(Bindings.createBooleanBinding(() -> step.get() != READ
                || (table.get() != null && !table.get().isEmpty()), step, table));
        read();
    }

    /**
     * Reads (again) with the chosen encoding, delimiter and sheet: one read, so a file that is no table is named
     * once. A file that cannot be read takes the wizard back to this step, with nothing to go on with.
     */
    public void read() {
        if (applyingRead) {
            return;
        }
        ImportFiles.ReadOptions chosen = new ImportFiles.ReadOptions(encoding.get(), delimiter.get(), sheet.get());
        background.run(() -> ImportFiles.read(file, chosen), this::show, failure -> {
            table.set(null);
            summary.set("");
            step.set(READ);
            dialogs.showError(Errors.describe(failure, "read the file to import", "errors.imports.read",
                    file.getFileName()));
        });
    }

    private void show(TableFile read) {
        RawTable t = read.table();
        // Filling in what was detected changes the choices the view re-reads on; this read already answers them.
        applyingRead = true;
        try {
            workbook.set(read.isWorkbook());
            sheets.setAll(read.sheets());
            if (read.isWorkbook()) {
                sheet.set(read.sheet());
            }
            table.set(t);
            if (encoding.get() == null && t.encoding() != null) {
                encoding.set(t.encoding());
            }
            if (delimiter.get() == null && t.delimiter() != 0) {
                delimiter.set(t.delimiter());
            }
        } finally {
            applyingRead = false;
        }
        int rows = t.rows().size();
        int columns = t.headers().size();
        int ragged = t.ragged().size();
        if (read.note().isEmpty()) {
            summary.set(ragged == 0 ? Texts.text("imports.wizard.read", rows, columns)
                    : Texts.text("imports.wizard.readRagged", rows, columns, ragged));
        } else {
            summary.set(ragged == 0 ? Texts.text("imports.wizard.readNote", rows, columns, read.note())
                    : Texts.text("imports.wizard.readRaggedNote", rows, columns, ragged, read.note()));
        }
    }

    /** Whether the file read is a workbook (its sheet can be chosen). */
    public boolean isWorkbook() {
        return workbook.get();
    }

    // Commands

    /** Goes to the next step, doing what the step needs (guess the mapping, check the rows, import). */
    public void next() {
        switch (step.get()) {
            case READ -> {
                if (table.get() == null || table.get().isEmpty()) {
                    dialogs.showError(Texts.text("imports.wizard.noRows"));
                    return;
                }
                RawTable t = table.get();
                Platform chosen = platform.get();
                // Guessing reads the values of every column: off the FX thread, with the remembered mapping.
                background.run(() -> service.recallMapping(t.headers())
                        .map(fields -> RowCorrections.remembered(t, fields)).orElseGet(() -> guesses(t, chosen)),
                        guesses -> {
                            columns.show(t, guesses);
                            step.set(MAP);
                        }, failure -> dialogs.showError(Errors.describe(failure, "read the file's columns",
                                "imports.wizard.errors.readColumns")));
            }
            case MAP -> check();
            case CHECK -> {
                ImportPlan plan = checked.plan();
                if (plan.rows().stream().allMatch(ImportPlan.Row::hasErrors)) {
                    dialogs.showError(Texts.text("imports.wizard.everyRowHasErrors"));
                    return;
                }
                long errors = plan.errorRows();
                skipInvalid = errors > 0 && dialogs.confirm(Texts.text("imports.wizard.leaveOutTitle"),
                        RowCorrections.leftOut(plan), Texts.text("imports.wizard.leaveOutButton", errors));
                if (errors > 0 && !skipInvalid) {
                    return;
                }
                duplicates.show(plan);
                step.set(DUPLICATES);
            }
            case DUPLICATES -> runImport();
            default -> {
            }
        }
    }

    public void back() {
        if (step.get() > READ && step.get() < DONE) {
            step.set(step.get() - 1);
        }
    }

    /** Maps every column to what the file looks like; "all from platform" changes the guesses. */
    public void guessMapping() {
        RawTable t = table.get();
        Platform chosen = platform.get();
        background.run(() -> guesses(t, chosen), guesses -> columns.show(t, guesses),
                failure -> dialogs.showError(Errors.describe(failure, "read the file's columns",
                                "imports.wizard.errors.readColumns")));
    }

    private Map<String, ColumnGuess> guesses(RawTable t, Platform chosen) {
        return ImportFiles.guessColumns(t, chosen, Map.of(), file);
    }

    private void check() {
        Map<String, ImportField> chosen;
        try {
            chosen = columns.chosen();
        } catch (RuleViolation e) {
            dialogs.showError(e.getMessage());
            return;
        }
        if (chosen.values().stream().noneMatch(f -> f.id().equals("name") || "handle".equals(f.part())
                || "url".equals(f.part()) || f.id().equals("email"))) {
            dialogs.showError(Texts.text("imports.wizard.mapAName"));
            return;
        }
        RawTable t = table.get();
        Set<String> fractions = columns.fractionColumns();
        background.run(() -> service.plan(t, chosen, fractions), planned -> {
            checked.show(planned);
            summary.set(checked.summary());
            step.set(CHECK);
        }, failure -> dialogs.showError(Errors.describe(failure, "check the rows", "imports.wizard.errors.checkRows")));
    }

    private void runImport() {
        ImportPlan p = checked.plan();
        cancelled = new AtomicBoolean();
        AtomicBoolean flag = cancelled;
        ExportProgress tracker = ExportProgress.of(fraction -> background.onUi(() -> progress.set(fraction)),
                flag::get);
        ImportService.OnDuplicate policy = duplicates.forAll();
        Map<String, ImportField> chosen = columns.chosen();
        List<String> headers = table.get().headers();
        Map<Integer, ImportService.OnDuplicate> rowChoices = duplicates.perRow();
        boolean leaveOut = skipInvalid;
        background.run(() -> {
            ImportReport result = service.commit(p, policy, Map.copyOf(rowChoices), leaveOut, tracker);
            service.rememberMapping(headers, chosen);
            return result;
        }, done -> {
            report.set(done);
            summary.set(done.summary());
            step.set(DONE);
            if (history != null) {
                ImportUndo.record(history, file.getFileName().toString(), service, p, policy, rowChoices, done);
            }
            onImported.run();
        }, failure -> {
            if (failure instanceof CancellationException) {
                summary.set(Texts.text("imports.wizard.cancelled"));
            } else {
                dialogs.showError(Errors.describe(failure, "import the file", "imports.wizard.errors.importFile"));
            }
        });
    }

    /** What a row is called in the check step: its contact's name, or for a row with errors the file's text. */
    public String nameOf(ImportPlan.Row row) {
        if (!row.hasErrors()) {
            return row.contact().displayName();
        }
        RawTable t = table.get();
        int index = t.lines().indexOf(row.line());
        if (index < 0) {
            return "";
        }
        List<String> cells = t.rows().get(index);
        // The named column first, else any column that identifies the contact.
        return columns.chosen().entrySet().stream()
                .sorted(Comparator.comparing(e -> "name".equals(e.getValue().id()) ? 0 : 1))
                .filter(e -> "name".equals(e.getValue().id()) || "handle".equals(e.getValue().part())
                        || "email".equals(e.getValue().id()))
                .map(e -> cells.get(t.headers().indexOf(e.getKey())).strip())
                .filter(v -> !v.isEmpty()).findFirst().orElse("");
    }

    /** Why a row with errors is left out: its first error. */
    public String errorOf(ImportPlan.Row row) {
        return checked.errorOf(row);
    }

    /** Chooses what to do with one duplicate row, apart from the choice for all. */
    public void chooseFor(ImportPlan.Row row, ImportService.OnDuplicate choice) {
        duplicates.chooseFor(row, choice);
    }

    /** What will happen to one duplicate row. */
    public ImportService.OnDuplicate choiceFor(ImportPlan.Row row) {
        return duplicates.choiceFor(row);
    }

    /**
     * Corrects a value of the file in place (the cell a problem points at) and checks the rows again.
     *
     * @return whether the problem pointed at a cell that could be corrected
     */
    public boolean fix(ImportPlan.Problem problem, String value) {
        RawTable corrected = RowCorrections.correct(table.get(), problem, value);
        if (corrected == null) {
            return false;
        }
        table.set(corrected);
        check();
        return true;
    }

    /**
     * Makes a handle column's display name the row's name instead (the problem offers {@link ImportPlan.Fix#USE_AS_NAME})
     * and checks the rows again.
     */
    public void useAsName(ImportPlan.Problem problem) {
        RawTable t = table.get();
        String nameColumn = columns.chosen().entrySet().stream().filter(e -> "name".equals(e.getValue().id()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        RawTable moved = RowCorrections.moveToName(t, problem, nameColumn);
        if (moved == null) {
            return;
        }
        table.set(moved);
        if (nameColumn == null) {
            columns.add(moved, RowCorrections.nameColumn(), ImportField.named("name", null).orElseThrow(),
                    Texts.text("imports.wizard.movedNamesReason"));
        }
        check();
    }

    /** Stops a running import; nothing of it is kept. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Saves the problems of the import as CSV. */
    public void saveReport() {
        ImportReport done = report.get();
        List<ImportPlan.Problem> list = done != null ? done.problems() : checked.problems();
        dialogs.chooseSaveFile(Texts.text("imports.wizard.saveReportTitle"), "import-report.csv", "csv")
                .ifPresent(target -> background.run(() -> {
                    ImportReport.writeProblems(list, target);
                    return target;
                }, saved -> summary.set(Texts.text("imports.wizard.savedReport", saved)),
                        failure -> dialogs.showError(Errors.describe(failure, "save the report",
                                "imports.wizard.errors.saveReport"))));
    }

    // Properties

    public Path file() {
        return file;
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public ObjectProperty<Charset> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<String> sheetProperty() {
        return sheet;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    public ReadOnlyObjectProperty<RawTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** Whether the file read is a workbook, known from its content once read. */
    public ReadOnlyBooleanProperty workbookProperty() {
        return workbook.getReadOnlyProperty();
    }

    /** Whether Next can be pressed: on the first step, only once a table with rows was read. */
    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    public ObjectProperty<Platform> platformProperty() {
        return platform;
    }

    public ObservableList<MappingRow> mapping() {
        return columns.rows();
    }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return checked.planProperty();
    }

    /** Every row as it will be imported (or why not), filtered like the problems. */
    public ObservableList<ImportPlan.Row> shownRows() {
        return checked.shownRows();
    }

    public ObservableList<ImportPlan.Problem> shownProblems() {
        return checked.shownProblems();
    }

    public BooleanProperty errorsOnlyProperty() {
        return checked.errorsOnlyProperty();
    }

    public ObservableList<ImportPlan.Row> duplicates() {
        return duplicates.rows();
    }

    public ObjectProperty<ImportService.OnDuplicate> onDuplicateProperty() {
        return duplicates.forAllProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Where the finished import goes as one undoable step; the app sets it. */
    public void setHistory(UndoHistory undo) {
        this.history = undo;
    }
}
