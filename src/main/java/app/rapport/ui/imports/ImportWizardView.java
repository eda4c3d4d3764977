package app.rapport.ui.imports;

import app.rapport.domain.Platform;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.sheet.RawTable;
import app.rapport.service.ImportPlan;
import app.rapport.service.ImportService;
import app.rapport.service.RowDifferences;
import app.rapport.ui.common.ChildWindows;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.Texts;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Callback;
import javafx.util.StringConverter;

/** The import wizard's window: binds {@link ImportWizardViewModel}, one pane per step. */
public final class ImportWizardView {

    private static final String[] TITLES = {"imports.wizard.step.read", "imports.wizard.step.map",
        "imports.wizard.step.check", "imports.wizard.step.duplicates", "imports.wizard.step.done"};

    @FXML private Label stepTitle;
    @FXML private Label summaryLabel;
    @FXML private VBox readStep;
    @FXML private VBox mapStep;
    @FXML private VBox checkStep;
    @FXML private VBox duplicatesStep;
    @FXML private VBox doneStep;
    @FXML private ComboBox<Charset> encodingBox;
    @FXML private ComboBox<Character> delimiterBox;
    @FXML private ComboBox<String> sheetBox;
    @FXML private Label sheetLabel;
    @FXML private TableView<List<String>> previewTable;
    @FXML private ComboBox<Platform> platformBox;
    @FXML private GridPane mappingGrid;
    @FXML private CheckBox errorsOnlyCheck;
    @FXML private TableView<ImportPlan.Problem> problemTable;
    @FXML private TableView<ImportPlan.Row> rowTable;
    @FXML private TableColumn<ImportPlan.Row, Integer> rowLineColumn;
    @FXML private TableColumn<ImportPlan.Row, String> rowNameColumn;
    @FXML private TableColumn<ImportPlan.Row, String> rowEmailColumn;
    @FXML private TableColumn<ImportPlan.Row, String> rowAccountsColumn;
    @FXML private TableColumn<ImportPlan.Row, String> rowStateColumn;
    @FXML private TableColumn<ImportPlan.Problem, Integer> lineColumn;
    @FXML private TableColumn<ImportPlan.Problem, String> columnColumn;
    @FXML private TableColumn<ImportPlan.Problem, String> valueColumn;
    @FXML private TableColumn<ImportPlan.Problem, String> severityColumn;
    @FXML private TableColumn<ImportPlan.Problem, String> reasonColumn;
    @FXML private ComboBox<ImportService.OnDuplicate> duplicateBox;
    @FXML private ListView<ImportPlan.Row> duplicateList;
    @FXML private ProgressBar importProgress;
    @FXML private Label doneLabel;
    @FXML private Button useAsNameButton;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button cancelButton;
    @FXML private Label encodingLabel;
    @FXML private Label delimiterLabel;
    @FXML private Label platformLabel;
    @FXML private Label duplicateLabel;

    private final ImportWizardViewModel viewModel;
    private Stage stage;

    public ImportWizardView(ImportWizardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Opens the wizard over the main window. */
    public static Stage show(Window owner, ImportWizardViewModel viewModel) {
        ImportWizardView view = new ImportWizardView(viewModel);
        view.stage = ChildWindows.open(owner, ImportWizardView.class, view,
                Texts.text("imports.wizard.title", viewModel.file().getFileName()));
        return view.stage;
    }

    @FXML
    private void initialize() {
        encodingLabel.setLabelFor(encodingBox);
        delimiterLabel.setLabelFor(delimiterBox);
        sheetLabel.setLabelFor(sheetBox);
        platformLabel.setLabelFor(platformBox);
        duplicateLabel.setLabelFor(duplicateBox);
        List<VBox> panes = List.of(readStep, mapStep, checkStep, duplicatesStep, doneStep);
        viewModel.stepProperty().addListener((obs, old, step) -> showStep(panes, step.intValue()));
        showStep(panes, viewModel.stepProperty().get());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());

        encodingBox.getItems().setAll(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1);
        encodingBox.valueProperty().bindBidirectional(viewModel.encodingProperty());
        delimiterBox.getItems().setAll(',', ';', '\t', '|');
        delimiterBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Character c) {
                return c == null ? "" : c == '\t' ? Texts.text("imports.wizard.tab") : c.toString();
            }

            @Override
            public Character fromString(String s) {
                return s == null || s.isEmpty() ? null
                        : s.equals(Texts.text("imports.wizard.tab")) ? '\t' : s.charAt(0);
            }
        });
        delimiterBox.valueProperty().bindBidirectional(viewModel.delimiterProperty());
        encodingBox.setOnAction(e -> viewModel.read());
        sheetBox.setItems(viewModel.sheets());
        sheetBox.valueProperty().bindBidirectional(viewModel.sheetProperty());
        sheetBox.setOnAction(e -> viewModel.read());
        // Whether the file is a workbook is known once it is read, whatever its name.
        sheetBox.visibleProperty().bind(viewModel.workbookProperty());
        sheetLabel.visibleProperty().bind(viewModel.workbookProperty());
        encodingBox.disableProperty().bind(viewModel.workbookProperty());
        delimiterBox.disableProperty().bind(viewModel.workbookProperty());
        nextButton.disableProperty().bind(viewModel.canGoNextProperty().not());
        previewTable.setPlaceholder(new Label(Texts.text("imports.wizard.noTable")));
        delimiterBox.setOnAction(e -> viewModel.read());
        viewModel.tableProperty().addListener((obs, old, table) -> showPreview(table));

        platformBox.getItems().add(null);
        platformBox.getItems().addAll(Platform.values());
        platformBox.valueProperty().bindBidirectional(viewModel.platformProperty());
        platformBox.setOnAction(e -> viewModel.guessMapping());
        viewModel.mapping().addListener((ListChangeListener<MappingRow>) c -> showMapping());

        errorsOnlyCheck.selectedProperty().bindBidirectional(viewModel.errorsOnlyProperty());
        rowTable.setItems(viewModel.shownRows());
        rowLineColumn.setCellValueFactory(cell(ImportPlan.Row::line));
        rowNameColumn.setCellValueFactory(cell(viewModel::nameOf));
        rowEmailColumn.setCellValueFactory(cell(r -> r.hasErrors() || r.contact().email() == null ? ""
                : r.contact().email()));
        rowAccountsColumn.setCellValueFactory(cell(r -> r.hasErrors() ? "" : r.contact().accounts().stream()
                .map(a -> a.platform().label() + " " + a.displayHandle()
                        + (a.followers() == null ? "" : " · " + Formats.followers(a.followers())))
                .collect(Collectors.joining(", "))));
        rowStateColumn.setCellValueFactory(cell(r -> r.hasErrors()
                ? Texts.text("imports.check.stateError", viewModel.errorOf(r))
                : r.duplicateOf() != null ? Texts.text("imports.check.stateAlreadyThere", r.duplicateOf().displayName())
                : r.duplicateInFile() ? Texts.text("imports.check.stateRepeats", r.repeatsLine())
                : Texts.text("imports.check.stateReady")));
        problemTable.setItems(viewModel.shownProblems());
        problemTable.setPlaceholder(new Label(Texts.text("imports.check.noProblems")));
        lineColumn.setCellValueFactory(cell(ImportPlan.Problem::line));
        columnColumn.setCellValueFactory(cell(ImportPlan.Problem::column));
        valueColumn.setCellValueFactory(cell(ImportPlan.Problem::value));
        // Correct a value in place: double-click it, type, Enter; the rows are checked again.
        problemTable.setEditable(true);
        valueColumn.setEditable(true);
        valueColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        valueColumn.setOnEditCommit(e -> {
            if (!viewModel.fix(e.getRowValue(), e.getNewValue())) {
                problemTable.refresh();
            }
        });
        useAsNameButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ImportPlan.Problem selected = problemTable.getSelectionModel().getSelectedItem();
            return selected == null || selected.fix() != ImportPlan.Fix.USE_AS_NAME;
        }, problemTable.getSelectionModel().selectedItemProperty()));
        severityColumn.setCellValueFactory(cell(p -> p.severity() == ImportPlan.Severity.ERROR
                ? Texts.text("imports.check.error") : Texts.text("imports.check.warning")));
        reasonColumn.setCellValueFactory(cell(ImportPlan.Problem::reason));

        duplicateBox.getItems().setAll(ImportService.OnDuplicate.values());
        duplicateBox.valueProperty().bindBidirectional(viewModel.onDuplicateProperty());
        duplicateBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportService.OnDuplicate d) {
                return d == null ? "" : switch (d) {
                    case SKIP -> Texts.text("imports.duplicates.skip");
                    case FILL -> Texts.text("imports.duplicates.fill");
                    case OVERWRITE -> Texts.text("imports.duplicates.overwrite");
                    case NEW -> Texts.text("imports.duplicates.importNew");
                };
            }

            @Override
            public ImportService.OnDuplicate fromString(String s) {
                return null;
            }
        });
        duplicateList.setItems(viewModel.duplicates());
        duplicateList.setPlaceholder(new Label(Texts.text("imports.duplicates.none")));
        duplicateList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ImportPlan.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Label text = new Label(describe(row));
                text.setWrapText(true);
                HBox.setHgrow(text, Priority.ALWAYS);
                text.setMaxWidth(Double.MAX_VALUE);
                ComboBox<ImportService.OnDuplicate> choice = new ComboBox<>();
                choice.getItems().setAll(ImportService.OnDuplicate.values());
                choice.setConverter(duplicateBox.getConverter());
                choice.setValue(viewModel.choiceFor(row));
                text.setLabelFor(choice);
                choice.setOnAction(e -> viewModel.chooseFor(row, choice.getValue()));
                HBox line = new HBox(8, text, choice);
                line.setAlignment(Pos.CENTER_LEFT);
                setGraphic(line);
            }
        });
        duplicateBox.valueProperty().addListener((obs, old, all) -> duplicateList.refresh());
        importProgress.progressProperty().bind(viewModel.progressProperty());
        viewModel.reportProperty().addListener((obs, old, report) ->
                doneLabel.setText(report == null ? "" : report.summary()));
        showPreview(viewModel.tableProperty().get());
    }

    /**
     * "Line 4: MrBeast — repeats line 2; differs: YouTube followers 227M → 227.4M", so the user sees what choosing
     * a row keeps.
     */
    private static String describe(ImportPlan.Row row) {
        if (row.duplicateOf() != null) {
            return Texts.text("imports.duplicates.alreadyThere", row.line(), row.contact().displayName(),
                    row.duplicateOf().displayName());
        }
        List<String> differing = RowDifferences.between(row.repeated(), row.contact());
        return differing.isEmpty()
                ? Texts.text("imports.duplicates.repeatsSame", row.line(), row.contact().displayName(),
                        row.repeatsLine())
                : Texts.text("imports.duplicates.repeatsDiffers", row.line(), row.contact().displayName(),
                        row.repeatsLine(), String.join(", ", differing));
    }

    private void showStep(List<VBox> panes, int step) {
        for (int i = 0; i < panes.size(); i++) {
            panes.get(i).setVisible(i == step);
        }
        stepTitle.setText(Texts.text(TITLES[step]));
        backButton.setDisable(step == 0 || step == ImportWizardViewModel.DONE);
        nextButton.setText(Texts.text(step == ImportWizardViewModel.DUPLICATES ? "imports.wizard.import"
                : step == ImportWizardViewModel.DONE ? "imports.wizard.close" : "imports.wizard.next"));
        cancelButton.setDisable(step == ImportWizardViewModel.DONE);
    }

    private void showPreview(RawTable table) {
        previewTable.getColumns().clear();
        if (table == null) {
            previewTable.getItems().clear();
            return;
        }
        for (int c = 0; c < table.headers().size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(table.headers().get(c));
            column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().get(index)));
            column.setPrefWidth(130);
            previewTable.getColumns().add(column);
        }
        previewTable.getItems().setAll(new ArrayList<>(table.rows().subList(0, Math.min(20, table.rows().size()))));
    }

    private void showMapping() {
        mappingGrid.getChildren().clear();
        List<ImportField> fields = new ArrayList<>();
        fields.add(null);
        fields.addAll(ImportField.all());
        int r = 0;
        for (MappingRow row : viewModel.mapping()) {
            Label header = new Label(row.header());
            header.getStyleClass().add("entry-name");
            // The header is what the user recognises: it keeps its width, the samples give way.
            header.setMinWidth(Region.USE_PREF_SIZE);
            header.setMaxWidth(240);
            Label samples = new Label(row.samples());
            samples.getStyleClass().add("text-muted");
            samples.setMaxWidth(320);
            ComboBox<ImportField> field = new ComboBox<>();
            field.getItems().setAll(fields);
            field.setPrefWidth(230);
            header.setLabelFor(field);
            field.setMinWidth(Region.USE_PREF_SIZE);
            field.setConverter(new StringConverter<>() {
                @Override
                public String toString(ImportField f) {
                    return f == null ? Texts.text("imports.mapping.ignore") : f.id();
                }

                @Override
                public ImportField fromString(String s) {
                    return null;
                }
            });
            field.valueProperty().bindBidirectional(row.fieldProperty());
            CheckBox fractions = new CheckBox(Texts.text("imports.mapping.fractions"));
            fractions.selectedProperty().bindBidirectional(row.fractionsProperty());
            fractions.visibleProperty().bind(Bindings.createBooleanBinding(
                    () -> row.fractionsLikely() && row.fieldProperty().get() != null
                            && "engagement".equals(row.fieldProperty().get().part()), row.fieldProperty()));
            Label reason = new Label(row.reason());
            reason.getStyleClass().add("text-muted");
            reason.setMaxWidth(260);
            reason.setWrapText(true);
            mappingGrid.addRow(r++, header, samples, field, reason, fractions);
        }
    }

    private static <S, T> Callback<TableColumn.CellDataFeatures<S, T>,
            ObservableValue<T>> cell(Function<S, T> value) {
        return f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue()));
    }

    @FXML
    private void next() {
        if (viewModel.stepProperty().get() == ImportWizardViewModel.DONE) {
            close();
            return;
        }
        viewModel.next();
    }

    @FXML
    private void useAsName() {
        ImportPlan.Problem selected = problemTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.useAsName(selected);
        }
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
        close();
    }

    @FXML
    private void saveReport() {
        viewModel.saveReport();
    }

    private void close() {
        if (stage != null) {
            stage.close();
        }
    }
}
