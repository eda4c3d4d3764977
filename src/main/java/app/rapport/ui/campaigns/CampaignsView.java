package app.rapport.ui.campaigns;

import app.rapport.domain.BudgetPlan;
import app.rapport.domain.Campaign;
import app.rapport.domain.FieldLimits;
import app.rapport.domain.Influencer;
import app.rapport.domain.Money;
import app.rapport.domain.Platform;
import app.rapport.domain.ShortlistRow;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Text;
import app.rapport.domain.TimelineItem;
import app.rapport.ui.common.Currencies;
import app.rapport.ui.common.FormLabels;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.TextLimits;
import app.rapport.ui.common.Texts;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** The Campaigns screen: binds {@link CampaignsViewModel}. */
public final class CampaignsView {


    @FXML private ListView<Campaign> campaignList;
    @FXML private TextField nameField;
    @FXML private ComboBox<Campaign.Status> statusBox;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker endPicker;
    @FXML private TextField budgetField;
    @FXML private ComboBox<String> currencyBox;
    @FXML private TextField ratesField;
    @FXML private TextField nichesField;
    @FXML private CheckComboBox<Platform> platformsBox;
    @FXML private TextArea briefField;
    @FXML private GridPane figures;
    @FXML private VBox warningsBox;
    @FXML private TextField searchField;
    @FXML private TableView<ShortlistRow> shortlistTable;
    @FXML private TableColumn<ShortlistRow, Integer> priorityColumn;
    @FXML private TableColumn<ShortlistRow, String> creatorColumn;
    @FXML private TableColumn<ShortlistRow, String> fitColumn;
    @FXML private TableColumn<ShortlistRow, String> followersColumn;
    @FXML private TableColumn<ShortlistRow, String> statusColumn;
    @FXML private TableColumn<ShortlistRow, String> feeColumn;
    @FXML private TableColumn<ShortlistRow, String> giftColumn;
    @FXML private TableColumn<ShortlistRow, String> backupColumn;
    @FXML private TableColumn<ShortlistRow, String> dealColumn;
    @FXML private ListView<TimelineItem> timelineList;
    @FXML private Button saveCampaignButton;
    @FXML private GridPane formGrid;

    private final CampaignsViewModel viewModel;
    private boolean syncingPlatforms;

    public CampaignsView(CampaignsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        FormLabels.nameFields(formGrid);
        campaignList.setItems(viewModel.campaigns());
        campaignList.setCellFactory(list -> new CampaignCell());
        campaignList.setPlaceholder(new Label(Texts.text("campaigns.view.noCampaigns")));
        campaignList.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null && c != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(c);
            }
        });
        // The list shows the selected campaign, also after it was read again (its items replaced).
        viewModel.selectedProperty().addListener((obs, old, c) -> selectInList(c));
        viewModel.campaigns().addListener((ListChangeListener<Campaign>) c -> selectInList(
                viewModel.selectedProperty().get()));
        viewModel.budgets().addListener((MapChangeListener<Long, BudgetPlan>) c ->
                campaignList.refresh());
        bindForm();
        bindShortlist();
        timelineList.setItems(viewModel.timeline());
        timelineList.setCellFactory(list -> new TimelineCell());
        timelineList.setPlaceholder(new Label(Texts.text("campaigns.view.noDates")));
        timelineList.setOnMouseClicked(e -> {
            TimelineItem item = timelineList.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && item != null) {
                viewModel.open(item);
            }
        });
        viewModel.budgetProperty().addListener((obs, old, plan) -> showFigures(plan));
        viewModel.warnings().addListener((ListChangeListener<String>) c -> showWarnings());
        campaignList.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                viewModel.load();
            }
        });
    }

    private void selectInList(Campaign c) {
        if (c == null) {
            campaignList.getSelectionModel().clearSelection();
        } else {
            campaignList.getSelectionModel().select(c);
        }
    }

    private void bindForm() {
        CampaignForm form = viewModel.form();
        formGrid.disableProperty().bind(viewModel.savingProperty());
        saveCampaignButton.disableProperty().bind(viewModel.savingProperty());
        TextLimits.limit(nameField, FieldLimits.NAME);
        TextLimits.limit(briefField, FieldLimits.LONG_TEXT);
        TextLimits.limit(nichesField, FieldLimits.ADDRESS);
        nameField.textProperty().bindBidirectional(form.nameProperty());
        statusBox.getItems().setAll(Campaign.Status.values());
        statusBox.valueProperty().bindBidirectional(form.statusProperty());
        startPicker.valueProperty().bindBidirectional(form.startOnProperty());
        endPicker.valueProperty().bindBidirectional(form.endOnProperty());
        budgetField.textProperty().bindBidirectional(form.budgetProperty());
        currencyBox.getItems().setAll(Currencies.COMMON);
        currencyBox.valueProperty().bindBidirectional(form.currencyProperty());
        ratesField.textProperty().bindBidirectional(form.ratesProperty());
        nichesField.textProperty().bindBidirectional(form.nichesProperty());
        briefField.textProperty().bindBidirectional(form.briefProperty());
        platformsBox.getItems().setAll(Platform.values());
        platformsBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<Platform>) c -> {
            if (!syncingPlatforms) {
                syncingPlatforms = true;
                form.platforms().setAll(platformsBox.getCheckModel().getCheckedItems());
                syncingPlatforms = false;
            }
        });
        form.platforms().addListener((ListChangeListener<Platform>) c -> {
            if (!syncingPlatforms) {
                syncingPlatforms = true;
                platformsBox.getCheckModel().clearChecks();
                form.platforms().forEach(p -> platformsBox.getCheckModel().check(p));
                syncingPlatforms = false;
            }
        });
    }

    private void bindShortlist() {
        shortlistTable.setItems(viewModel.shortlist());
        shortlistTable.setPlaceholder(new Label(Texts.text("campaigns.view.emptyShortlist")));
        priorityColumn.setCellValueFactory(cell(r -> r.entry().priority()));
        creatorColumn.setCellValueFactory(cell(r -> r.contact().displayName()));
        fitColumn.setCellValueFactory(cell(r -> Formats.stars(r.contact().fit().rating())));
        followersColumn.setCellValueFactory(cell(r -> Formats.followers(r.targetFollowers())));
        statusColumn.setCellValueFactory(cell(r -> r.contact().outreach().status().label()));
        feeColumn.setCellValueFactory(cell(r -> edit(r.entry().plannedFee())));
        feeColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        feeColumn.setOnEditCommit(e -> viewModel.shortlistEdits().setPlannedFee(e.getRowValue(), e.getNewValue()));
        giftColumn.setCellValueFactory(cell(r -> r.entry().plannedGift() == null ? ""
                : r.entry().plannedGift() + (r.entry().plannedGiftValue() == null ? ""
                        : "; " + edit(r.entry().plannedGiftValue()))));
        giftColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        giftColumn.setOnEditCommit(e -> {
            String[] parts = Text.orEmpty(e.getNewValue()).split(";", 2);
            viewModel.shortlistEdits().setPlannedGift(e.getRowValue(), parts[0], parts.length > 1 ? parts[1] : "");
        });
        backupColumn.setCellValueFactory(cell(r -> r.entry().backup() ? Texts.text("campaigns.view.backup") : ""));
        dealColumn.setCellValueFactory(cell(r -> r.deal() == null ? "—" : r.deal().stage().label()));
        TextFields.bindAutoCompletion(searchField, request -> {
            String wanted = Text.fold(request.getUserText()).strip();
            return wanted.length() < 2 ? List.<Influencer>of() : viewModel.candidates().stream()
                    .filter(c -> Text.fold(c.displayName()).contains(wanted) || c.accounts().stream()
                            .map(SocialAccount::handle).anyMatch(h -> Text.fold(h).contains(wanted)))
                    .limit(10).toList();
        }, new StringConverter<Influencer>() {
            @Override
            public String toString(Influencer c) {
                return c == null ? "" : c.displayName();
            }

            @Override
            public Influencer fromString(String text) {
                return null;
            }
        }).setOnAutoCompleted((AutoCompletionBinding.AutoCompletionEvent<Influencer> e) -> {
            viewModel.addToShortlist(List.of(e.getCompletion().id()));
            searchField.clear();
        });
    }

    private String edit(Money money) {
        return money == null ? "" : money.format(viewModel.locale());
    }

    private static <T> Callback<TableColumn.CellDataFeatures<ShortlistRow, T>,
            ObservableValue<T>> cell(Function<ShortlistRow, T> value) {
        return f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue()));
    }

    private void showFigures(BudgetPlan plan) {
        figures.getChildren().clear();
        if (plan == null) {
            return;
        }
        // Each figure: its id ("figure-paid"), its name and its amount.
        String[][] rows = {
            {"budget", Texts.text("campaigns.figures.budget"), plan.budget().format(viewModel.locale())},
            {"planned", Texts.text("campaigns.figures.planned"), plan.planned().format(viewModel.locale())},
            {"committed", Texts.text("campaigns.figures.committed"), plan.committed().format(viewModel.locale())},
            {"paid", Texts.text("campaigns.figures.paid"), plan.paid().format(viewModel.locale())},
            {"gifted", Texts.text("campaigns.figures.gifted"), plan.gifted().format(viewModel.locale())},
            {"remaining", Texts.text("campaigns.figures.remaining"), plan.remaining().format(viewModel.locale())},
        };
        for (int i = 0; i < rows.length; i++) {
            Label name = new Label(rows[i][1]);
            name.getStyleClass().add("text-muted");
            Label value = new Label(rows[i][2]);
            value.setId("figure-" + rows[i][0]);
            value.getStyleClass().add("figure");
            figures.add(name, i, 0);
            figures.add(value, i, 1);
        }
        Label reach = new Label(reach(plan));
        reach.getStyleClass().add("text-muted");
        reach.setWrapText(true);
        figures.add(reach, 0, 2, rows.length, 1);
        if (!plan.unconverted().isEmpty()) {
            Label apart = new Label(Texts.text("campaigns.figures.notCounted",
                    plan.unconverted().format(viewModel.locale())));
            apart.getStyleClass().add("budget-warning");
            figures.add(apart, 0, 4, rows.length, 1);
        }
        ProgressBar use = new ProgressBar(Math.min(1, plan.committedShare()));
        use.setMaxWidth(Double.MAX_VALUE);
        use.getStyleClass().add(plan.committedShare() > 1 ? "over-budget" : "within-budget");
        figures.add(use, 0, 3, rows.length, 1);
    }

    /** "Reach: 120K committed, 300K shortlisted", with what 1,000 followers cost where it is known. */
    private String reach(BudgetPlan plan) {
        String committed = Formats.followers(plan.reachCommitted());
        String planned = Formats.followers(plan.reachPlanned());
        String committedCost = plan.costPerThousandCommitted() == null ? null
                : plan.costPerThousandCommitted().format(viewModel.locale());
        String plannedCost = plan.costPerThousandPlanned() == null ? null
                : plan.costPerThousandPlanned().format(viewModel.locale());
        if (committedCost != null && plannedCost != null) {
            return Texts.text("campaigns.figures.reachWithBothCosts", committed, planned, committedCost, plannedCost);
        }
        if (committedCost != null) {
            return Texts.text("campaigns.figures.reachWithCommittedCost", committed, planned, committedCost);
        }
        if (plannedCost != null) {
            return Texts.text("campaigns.figures.reachWithPlannedCost", committed, planned, plannedCost);
        }
        return Texts.text("campaigns.figures.reach", committed, planned);
    }

    private void showWarnings() {
        warningsBox.getChildren().setAll(viewModel.warnings().stream().map(text -> {
            Label label = new Label(text);
            label.setId("budgetWarning");
            label.getStyleClass().add("budget-warning");
            label.setWrapText(true);
            return label;
        }).toList());
    }

    private ShortlistRow selectedRow() {
        return shortlistTable.getSelectionModel().getSelectedItem();
    }

    @FXML
    private void newCampaign() {
        viewModel.newCampaign();
        nameField.requestFocus();
        nameField.selectAll();
    }

    @FXML
    private void saveCampaign() {
        viewModel.saveCampaign();
    }

    @FXML
    private void duplicate() {
        viewModel.duplicate();
    }

    @FXML
    private void delete() {
        viewModel.delete();
    }

    @FXML
    private void moveUp() {
        if (selectedRow() != null) {
            viewModel.shortlistEdits().move(selectedRow(), -1);
        }
    }

    @FXML
    private void moveDown() {
        if (selectedRow() != null) {
            viewModel.shortlistEdits().move(selectedRow(), 1);
        }
    }

    @FXML
    private void toggleBackup() {
        if (selectedRow() != null) {
            viewModel.shortlistEdits().toggleBackup(selectedRow());
        }
    }

    @FXML
    private void remove() {
        if (selectedRow() != null) {
            viewModel.shortlistEdits().remove(selectedRow());
        }
    }

    @FXML
    private void promote() {
        if (selectedRow() != null) {
            viewModel.promote(selectedRow());
        }
    }

    @FXML
    private void exportShortlist() {
        viewModel.exportShortlist();
    }

    @FXML
    private void exportCalendar() {
        viewModel.exportCalendar();
    }

    /** Name, status and dates, and how much of the budget is committed. */
    private final class CampaignCell extends ListCell<Campaign> {
        @Override
        protected void updateItem(Campaign c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            setPrefWidth(0); // as wide as the list, no wider: long lines end in "…" instead of a scroll bar
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(c.name());
            name.getStyleClass().add("entry-name");
            Label status = new Label(statusAndDates(c));
            status.getStyleClass().add("text-muted");
            BudgetPlan plan = viewModel.budgets().get(c.id());
            ProgressBar bar = new ProgressBar(plan == null ? 0 : Math.min(1, plan.committedShare()));
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().add(plan != null && plan.committedShare() > 1 ? "over-budget" : "within-budget");
            Label use = new Label(plan == null ? c.budget().format(viewModel.locale())
                    : Texts.text("campaigns.list.committedOfBudget", plan.committed().format(viewModel.locale()),
                            c.budget().format(viewModel.locale())));
            use.getStyleClass().add("text-muted");
            setGraphic(new VBox(3, name, status, bar, use));
        }

        /** "Planning  ·  Nov 1, 2026 – Dec 24, 2026", or less where a date is missing. */
        private String statusAndDates(Campaign c) {
            String status = c.status().toString();
            if (c.startOn() == null) {
                return status;
            }
            return c.endOn() == null
                    ? Texts.text("campaigns.list.statusFrom", status, Formats.mediumDate(c.startOn()))
                    : Texts.text("campaigns.list.statusFromTo", status, Formats.mediumDate(c.startOn()),
                            Formats.mediumDate(c.endOn()));
        }
    }
}
