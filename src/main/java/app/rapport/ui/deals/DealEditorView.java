package app.rapport.ui.deals;

import app.rapport.domain.DealStage;
import app.rapport.domain.Deliverable;
import app.rapport.domain.FieldLimits;
import app.rapport.domain.Gift;
import app.rapport.domain.Platform;
import app.rapport.ui.common.ChildWindows;
import app.rapport.ui.common.Currencies;
import app.rapport.ui.common.FormLabels;
import app.rapport.ui.common.TextLimits;
import app.rapport.ui.common.Texts;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** The deal editor window: binds {@link DealEditorViewModel}; deliverable and instalment rows are built here. */
public final class DealEditorView {

    @FXML private BorderPane root;
    @FXML private TextField titleField;
    @FXML private ComboBox<DealStage> stageBox;
    @FXML private TextField feeField;
    @FXML private ComboBox<String> currencyBox;
    @FXML private CheckBox giftCheck;
    @FXML private GridPane giftGrid;
    @FXML private TextField giftField;
    @FXML private TextField giftValueField;
    @FXML private ComboBox<Gift.Shipping> shippingBox;
    @FXML private TextField carrierField;
    @FXML private TextField trackingField;
    @FXML private TextArea addressField;
    @FXML private TextField commissionField;
    @FXML private TextField codeField;
    @FXML private DatePicker codeExpiresPicker;
    @FXML private TextField otherField;
    @FXML private VBox deliverablesBox;
    @FXML private TextField usageField;
    @FXML private DatePicker usageFromPicker;
    @FXML private DatePicker usageToPicker;
    @FXML private TextField exclusivityField;
    @FXML private TextField exclusivityDaysField;
    @FXML private CheckBox whitelistingCheck;
    @FXML private VBox instalmentsBox;
    @FXML private TextArea notesField;
    @FXML private Label problemLabel;
    @FXML private Button saveDealButton;
    @FXML private VBox formBox;
    @FXML private GridPane termsGrid;
    @FXML private Label notesLabel;

    private final DealEditorViewModel viewModel;

    public DealEditorView(DealEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Opens the editor over the main window; it closes itself once saved or cancelled. */
    public static Stage show(Window owner, DealEditorViewModel viewModel) {
        DealEditorView view = new DealEditorView(viewModel);
        Stage stage = ChildWindows.open(owner, DealEditorView.class, view, viewModel.windowTitle());
        // Ctrl+S saves the deal as it saves a contact in the main window; Esc cancels (the Cancel button).
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                view::save);
        viewModel.closedProperty().addListener((obs, was, closed) -> {
            if (closed) {
                stage.close();
            }
        });
        return stage;
    }

    @FXML
    private void initialize() {
        FormLabels.nameFields(termsGrid);
        FormLabels.nameFields(giftGrid);
        notesLabel.setLabelFor(notesField);
        TextLimits.limit(titleField, FieldLimits.NAME);
        TextLimits.limit(giftField, FieldLimits.SHORT_TEXT);
        TextLimits.limit(carrierField, FieldLimits.CODE);
        TextLimits.limit(trackingField, FieldLimits.CODE);
        TextLimits.limit(addressField, FieldLimits.ADDRESS);
        TextLimits.limit(codeField, FieldLimits.CODE);
        TextLimits.limit(otherField, FieldLimits.ADDRESS);
        TextLimits.limit(usageField, FieldLimits.SHORT_TEXT);
        TextLimits.limit(exclusivityField, FieldLimits.NAME);
        TextLimits.limit(notesField, FieldLimits.LONG_TEXT);
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        stageBox.getItems().setAll(DealStage.values());
        stageBox.valueProperty().bindBidirectional(viewModel.stageProperty());
        feeField.textProperty().bindBidirectional(viewModel.feeAmountProperty());
        currencyBox.getItems().setAll(Currencies.COMMON);
        currencyBox.valueProperty().bindBidirectional(viewModel.currencyProperty());
        giftCheck.selectedProperty().bindBidirectional(viewModel.hasGiftProperty());
        giftGrid.disableProperty().bind(giftCheck.selectedProperty().not());
        giftField.textProperty().bindBidirectional(viewModel.giftDescriptionProperty());
        giftValueField.textProperty().bindBidirectional(viewModel.giftValueProperty());
        shippingBox.getItems().setAll(Gift.Shipping.values());
        shippingBox.valueProperty().bindBidirectional(viewModel.shippingProperty());
        carrierField.textProperty().bindBidirectional(viewModel.carrierProperty());
        trackingField.textProperty().bindBidirectional(viewModel.trackingProperty());
        addressField.textProperty().bindBidirectional(viewModel.addressProperty());
        commissionField.textProperty().bindBidirectional(viewModel.commissionProperty());
        codeField.textProperty().bindBidirectional(viewModel.discountCodeProperty());
        codeExpiresPicker.valueProperty().bindBidirectional(viewModel.codeExpiresProperty());
        otherField.textProperty().bindBidirectional(viewModel.otherProperty());
        usageField.textProperty().bindBidirectional(viewModel.usageChannelsProperty());
        usageFromPicker.valueProperty().bindBidirectional(viewModel.usageFromProperty());
        usageToPicker.valueProperty().bindBidirectional(viewModel.usageToProperty());
        exclusivityField.textProperty().bindBidirectional(viewModel.exclusivityCategoryProperty());
        exclusivityDaysField.textProperty().bindBidirectional(viewModel.exclusivityDaysProperty());
        whitelistingCheck.selectedProperty().bindBidirectional(viewModel.whitelistingProperty());
        notesField.textProperty().bindBidirectional(viewModel.notesProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        saveDealButton.disableProperty().bind(viewModel.validProperty().not().or(viewModel.savingProperty()));
        formBox.disableProperty().bind(viewModel.savingProperty());

        viewModel.instalments().addListener((ListChangeListener<InstalmentRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    showInstalments();
                }
            }
        });
        viewModel.deliverables().addListener((ListChangeListener<DeliverableRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    showDeliverables();
                }
            }
        });
        showInstalments();
        showDeliverables();
    }

    private void showInstalments() {
        instalmentsBox.getChildren().setAll(viewModel.instalments().stream().map(this::instalmentRow).toList());
    }

    private void showDeliverables() {
        deliverablesBox.getChildren().setAll(viewModel.deliverables().stream().map(this::deliverableRow).toList());
    }

    /** An icon-only button says what it does to a screen reader and, as a tooltip, to the eye. */
    private static void named(Button button, String key) {
        button.setAccessibleText(Texts.text(key));
        button.setTooltip(new Tooltip(Texts.text(key)));
    }

    private Node instalmentRow(InstalmentRow row) {
        TextField amount = new TextField();
        amount.setPromptText(Texts.text("deals.rows.amountPrompt"));
        amount.setPrefColumnCount(7);
        amount.getStyleClass().add("instalment-amount");
        amount.textProperty().bindBidirectional(row.amountProperty());
        ComboBox<String> currency = new ComboBox<>();
        currency.setEditable(true);
        currency.getItems().setAll(Currencies.COMMON);
        currency.setPrefWidth(90);
        currency.setAccessibleText(Texts.text("a11y.currency"));
        currency.valueProperty().bindBidirectional(row.currencyProperty());
        CheckBox byRule = new CheckBox(Texts.text("deals.rows.netCheck"));
        byRule.selectedProperty().bindBidirectional(row.byRuleProperty());
        byRule.setTooltip(new Tooltip(Texts.text("deals.rows.netTooltip")));
        DatePicker due = new DatePicker();
        due.setPromptText(Texts.text("deals.rows.dueOnPrompt"));
        due.setPrefWidth(150);
        due.valueProperty().bindBidirectional(row.dueOnProperty());
        due.visibleProperty().bind(byRule.selectedProperty().not());
        due.managedProperty().bind(due.visibleProperty());
        TextField days = new TextField();
        days.setPrefColumnCount(3);
        days.setAccessibleText(Texts.text("a11y.ruleDays"));
        days.textProperty().bindBidirectional(row.ruleDaysProperty());
        ComboBox<DealStage> after = new ComboBox<>();
        after.getItems().setAll(DealStage.values());
        after.setAccessibleText(Texts.text("a11y.ruleAfter"));
        after.valueProperty().bindBidirectional(row.ruleAfterProperty());
        HBox rule = new HBox(6, days, new Label(Texts.text("deals.rows.daysAfter")), after);
        rule.setAlignment(Pos.CENTER_LEFT);
        rule.visibleProperty().bind(byRule.selectedProperty());
        rule.managedProperty().bind(rule.visibleProperty());
        TextField method = new TextField();
        method.setPromptText(Texts.text("deals.rows.methodPrompt"));
        TextLimits.limit(method, FieldLimits.CODE);
        method.setPrefColumnCount(8);
        method.textProperty().bindBidirectional(row.methodProperty());
        TextField invoice = new TextField();
        invoice.setPromptText(Texts.text("deals.rows.invoicePrompt"));
        TextLimits.limit(invoice, FieldLimits.CODE);
        invoice.setPrefColumnCount(7);
        invoice.textProperty().bindBidirectional(row.invoiceRefProperty());
        Label paid = new Label(row.paidOn() == null ? ""
                : Texts.text("deals.rows.paidOn", row.paidOn().toString()));
        paid.getStyleClass().add("paid-label");
        Button remove = new Button(null, new FontIcon("fth-x"));
        remove.getStyleClass().add("flat");
        named(remove, "a11y.removeInstalment");
        remove.setOnAction(e -> viewModel.removeInstalment(row));
        HBox line = new HBox(6, amount, currency, byRule, due, rule, method, invoice, paid, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("instalment-row");
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(row.errorProperty());
        error.visibleProperty().bind(row.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return new VBox(2, line, error);
    }

    private Node deliverableRow(DeliverableRow row) {
        ComboBox<Deliverable.Type> type = new ComboBox<>();
        type.getItems().setAll(Deliverable.Type.values());
        type.setAccessibleText(Texts.text("a11y.deliverableType"));
        type.valueProperty().bindBidirectional(row.typeProperty());
        ComboBox<Platform> platform = new ComboBox<>();
        platform.getItems().setAll(Platform.values());
        platform.setPromptText(Texts.text("deals.rows.platformPrompt"));
        platform.valueProperty().bindBidirectional(row.platformProperty());
        TextField quantity = new TextField();
        quantity.setPrefColumnCount(3);
        quantity.setAccessibleText(Texts.text("a11y.quantity"));
        quantity.textProperty().bindBidirectional(row.quantityProperty());
        DatePicker due = new DatePicker();
        due.setPromptText(Texts.text("deals.rows.dueOnPrompt"));
        due.setPrefWidth(150);
        due.valueProperty().bindBidirectional(row.dueOnProperty());
        ComboBox<Deliverable.Status> status = new ComboBox<>();
        status.getItems().setAll(Deliverable.Status.values());
        status.setAccessibleText(Texts.text("a11y.deliverableStatus"));
        status.valueProperty().bindBidirectional(row.statusProperty());
        Button remove = new Button(null, new FontIcon("fth-x"));
        remove.getStyleClass().add("flat");
        named(remove, "a11y.removeDeliverable");
        remove.setOnAction(e -> viewModel.removeDeliverable(row));
        HBox first = new HBox(6, quantity, new Label("×"), type, platform, due, status, remove);
        first.setAlignment(Pos.CENTER_LEFT);
        TextField link = new TextField();
        link.setPromptText(Texts.text("deals.rows.linkPrompt"));
        TextLimits.limit(link, FieldLimits.URL);
        link.textProperty().bindBidirectional(row.linkProperty());
        HBox.setHgrow(link, Priority.ALWAYS);
        DatePicker published = new DatePicker();
        published.setPromptText(Texts.text("deals.rows.publishedOnPrompt"));
        published.setPrefWidth(150);
        published.valueProperty().bindBidirectional(row.publishedOnProperty());
        HBox second = new HBox(6, link, published);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(row.errorProperty());
        error.visibleProperty().bind(row.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(4, first, second, error);
        box.getStyleClass().add("account-row");
        return box;
    }

    @FXML
    private void addDeliverable() {
        viewModel.addDeliverable();
    }

    @FXML
    private void addInstalment() {
        viewModel.addInstalment();
    }

    @FXML
    private void splitInTwo() {
        viewModel.splitFee(2);
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
