package app.rapport.ui.deals;

import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.ui.common.Texts;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Deals tab: binds {@link DealsViewModel}. */
public final class DealsView {

    @FXML private Label inactiveLabel;
    @FXML private VBox content;
    @FXML private Label totalsLabel;
    @FXML private Label campaignsLabel;
    @FXML private ListView<Deal> dealList;
    @FXML private Button editDealButton;
    @FXML private Button copyDealButton;
    @FXML private Button deleteDealButton;

    private final DealsViewModel viewModel;

    public DealsView(DealsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        content.visibleProperty().bind(viewModel.activeProperty());
        inactiveLabel.visibleProperty().bind(viewModel.activeProperty().not());
        totalsLabel.textProperty().bind(viewModel.totalsProperty());
        campaignsLabel.textProperty().bind(viewModel.campaignsTextProperty());
        dealList.setItems(viewModel.deals());
        dealList.setPlaceholder(new Label(Texts.text("deals.list.empty")));
        dealList.setCellFactory(list -> new DealCell());
        dealList.getSelectionModel().selectedItemProperty().addListener((obs, old, deal) ->
                viewModel.selectedProperty().set(deal));
        // A deal opened from elsewhere (a campaign's Make deal) is selected and scrolled to.
        viewModel.selectedProperty().addListener((obs, old, deal) -> {
            if (deal != null && deal != dealList.getSelectionModel().getSelectedItem()) {
                dealList.getSelectionModel().select(deal);
                dealList.scrollTo(deal);
            }
        });
        dealList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                viewModel.edit(dealList.getSelectionModel().getSelectedItem());
            }
        });
        dealList.setOnKeyPressed(e -> {
            // The keyboard's double-click: Enter opens the selected deal.
            if (e.getCode() == KeyCode.ENTER && dealList.getSelectionModel().getSelectedItem() != null) {
                viewModel.edit(dealList.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        editDealButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        copyDealButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        deleteDealButton.disableProperty().bind(viewModel.selectedProperty().isNull());
    }

    @FXML
    private void newDeal() {
        viewModel.newDeal();
    }

    @FXML
    private void edit() {
        viewModel.edit(viewModel.selectedProperty().get());
    }

    @FXML
    private void copy() {
        viewModel.copySummary(viewModel.selectedProperty().get());
    }

    @FXML
    private void delete() {
        viewModel.delete(viewModel.selectedProperty().get());
    }

    /** Title and stage; fee and what is still to pay; the next due payment. */
    private final class DealCell extends ListCell<Deal> {
        @Override
        protected void updateItem(Deal deal, boolean empty) {
            super.updateItem(deal, empty);
            setText(null);
            if (empty || deal == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(deal.title());
            title.getStyleClass().add("entry-name");
            Label stage = new Label(deal.stage().label());
            stage.getStyleClass().add(deal.stage() == DealStage.CANCELLED ? "stage-cancelled" : "status-pill");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label terms = new Label(terms(deal));
            terms.getStyleClass().add("text-muted");
            Optional<LocalDate> next = deal.instalments().stream().filter(i -> !i.isPaid())
                    .map(i -> i.dueDate(deal.stageReached())).flatMap(Optional::stream).min(Comparator.naturalOrder());
            long unpaid = deal.instalments().stream().filter(i -> !i.isPaid()).count();
            String outstanding = deal.outstanding().format(viewModel.locale());
            Label due = new Label(unpaid == 0
                    ? (deal.instalments().isEmpty() ? "" : Texts.text("deals.list.allPaid"))
                    : next.map(d -> Texts.text("deals.list.outstandingNextDue", outstanding, d.toString()))
                            .orElseGet(() -> Texts.text("deals.list.outstanding", outstanding)));
            due.getStyleClass().add("text-muted");
            setGraphic(new VBox(3, new HBox(8, title, gap, stage), terms, due));
        }

        /** "Fee €300.00  ·  Gift: Candle set", or without the fee or the gift. */
        private String terms(Deal deal) {
            if (deal.fee() == null) {
                return deal.gift() == null ? Texts.text("deals.list.noFee")
                        : Texts.text("deals.list.noFeeWithGift", deal.gift().description());
            }
            String fee = deal.fee().format(viewModel.locale());
            return deal.gift() == null ? Texts.text("deals.list.fee", fee)
                    : Texts.text("deals.list.feeWithGift", fee, deal.gift().description());
        }
    }

}
