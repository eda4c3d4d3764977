package app.rapport.ui.payments;

import app.rapport.domain.Campaign;
import app.rapport.domain.Money;
import app.rapport.domain.Payment;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.Texts;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.util.Callback;
import javafx.util.StringConverter;

/** The Payments screen: binds {@link PaymentsViewModel}. */
public final class PaymentsView {

    @FXML private BorderPane root;
    @FXML private ComboBox<PaymentsViewModel.Show> showBox;
    @FXML private ComboBox<String> currencyBox;
    @FXML private ComboBox<Campaign> campaignBox;
    @FXML private Button allCampaignsButton;
    @FXML private Button markPaidButton;
    @FXML private TableView<Payment> table;
    @FXML private TableColumn<Payment, LocalDate> dueColumn;
    @FXML private TableColumn<Payment, Payment.State> stateColumn;
    @FXML private TableColumn<Payment, String> contactColumn;
    @FXML private TableColumn<Payment, String> dealColumn;
    @FXML private TableColumn<Payment, Money> amountColumn;
    @FXML private TableColumn<Payment, String> methodColumn;
    @FXML private TableColumn<Payment, String> invoiceColumn;
    @FXML private TableColumn<Payment, LocalDate> paidColumn;
    @FXML private Label paidTotal;
    @FXML private Label outstandingTotal;
    @FXML private Label overdueTotal;
    @FXML private Label showLabel;

    private final PaymentsViewModel viewModel;

    public PaymentsView(PaymentsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        showLabel.setLabelFor(showBox);
        showBox.getItems().setAll(PaymentsViewModel.Show.values());
        showBox.valueProperty().bindBidirectional(viewModel.showProperty());
        currencyBox.setItems(viewModel.currencies());
        currencyBox.valueProperty().bindBidirectional(viewModel.currencyProperty());
        campaignBox.setItems(viewModel.campaigns());
        campaignBox.valueProperty().bindBidirectional(viewModel.campaignProperty());
        campaignBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Campaign c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Campaign fromString(String text) {
                return null;
            }
        });
        allCampaignsButton.disableProperty().bind(viewModel.campaignProperty().isNull());
        dueColumn.setCellValueFactory(cell(Payment::due));
        dueColumn.setCellFactory(c -> text((LocalDate d) -> d == null ? Texts.text("payments.table.whenReached") : Formats.shortDate(d)));
        stateColumn.setCellValueFactory(cell(Payment::state));
        stateColumn.setCellFactory(c -> new StateCell());
        contactColumn.setCellValueFactory(cell(Payment::contactName));
        dealColumn.setCellValueFactory(cell(p -> p.deal().title()));
        amountColumn.setCellValueFactory(cell(p -> p.instalment().amount()));
        amountColumn.setCellFactory(c -> text((Money m) -> m == null ? "" : m.format(viewModel.locale())));
        amountColumn.setComparator(Comparator.comparing((Money m) -> m.currency().getCurrencyCode())
                .thenComparing(Money::amount));
        methodColumn.setCellValueFactory(cell(p -> p.instalment().method()));
        invoiceColumn.setCellValueFactory(cell(p -> p.instalment().invoiceRef()));
        paidColumn.setCellValueFactory(cell(p -> p.instalment().paidOn()));
        paidColumn.setCellFactory(c -> text((LocalDate d) -> Formats.shortDate(d)));
        SortedList<Payment> sorted = new SortedList<>(viewModel.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(Texts.text("payments.table.empty")));
        markPaidButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        paidTotal.textProperty().bind(viewModel.paidTotalProperty().map(t -> Texts.text("payments.totals.paid", t)));
        outstandingTotal.textProperty().bind(viewModel.outstandingTotalProperty()
                .map(t -> Texts.text("payments.totals.outstanding", t)));
        overdueTotal.textProperty().bind(viewModel.overdueTotalProperty()
                .map(t -> Texts.text("payments.totals.overdue", t)));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                viewModel.refresh();
            }
        });
        viewModel.refresh();
    }

    private static <T> Callback<TableColumn.CellDataFeatures<Payment, T>, ObservableValue<T>> cell(
            Function<Payment, T> value) {
        return features -> new ReadOnlyObjectWrapper<>(value.apply(features.getValue()));
    }

    private static <T> TableCell<Payment, T> text(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? format.apply(null) : format.apply(item));
            }
        };
    }

    /** The state, red when overdue, green when paid. */
    private static final class StateCell extends TableCell<Payment, Payment.State> {
        @Override
        protected void updateItem(Payment.State state, boolean empty) {
            super.updateItem(state, empty);
            getStyleClass().removeAll("overdue", "paid");
            setText(empty || state == null ? null : state.toString());
            if (state == Payment.State.OVERDUE) {
                getStyleClass().add("overdue");
            } else if (state == Payment.State.PAID) {
                getStyleClass().add("paid");
            }
        }
    }

    @FXML
    private void markPaid() {
        viewModel.markPaid(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void allCampaigns() {
        viewModel.campaignProperty().set(null);
    }

    @FXML
    private void export() {
        viewModel.exportCsv();
    }

    @FXML
    private void exportXlsx() {
        viewModel.exportXlsx();
    }
}
