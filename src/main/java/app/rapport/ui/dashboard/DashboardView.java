package app.rapport.ui.dashboard;

import app.rapport.domain.LocalNumbers;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.dashboard.Dashboard;
import app.rapport.ui.common.Snapshots;
import app.rapport.ui.common.TextFit;
import app.rapport.ui.common.Texts;
import java.text.NumberFormat;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The dashboard screen: tiles, the funnel and spend charts, top niches; every figure opens its list. */
public final class DashboardView {

    @FXML private StackPane root;
    @FXML private ScrollPane scroll;
    @FXML private VBox emptyState;
    @FXML private ComboBox<Dashboard.Period> periodBox;
    @FXML private FlowPane tiles;
    @FXML private BarChart<String, Number> funnelChart;
    @FXML private Label funnelText;
    @FXML private Label spendTitle;
    @FXML private BarChart<String, Number> spendChart;
    @FXML private Label spendNote;
    @FXML private VBox niches;
    @FXML private ToggleButton funnelTableToggle;
    @FXML private TableView<DashboardViewModel.StatusRow> funnelTable;
    @FXML private TableColumn<DashboardViewModel.StatusRow, String> funnelStatusColumn;
    @FXML private TableColumn<DashboardViewModel.StatusRow, Number> funnelCountColumn;
    @FXML private ToggleButton spendTableToggle;
    @FXML private TableView<DashboardViewModel.MonthRow> spendTable;
    @FXML private TableColumn<DashboardViewModel.MonthRow, String> spendMonthColumn;
    @FXML private TableColumn<DashboardViewModel.MonthRow, String> spendPaidColumn;
    @FXML private TableColumn<DashboardViewModel.MonthRow, String> spendBudgetColumn;
    @FXML private Label periodLabel;

    private final DashboardViewModel viewModel;

    public DashboardView(DashboardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        periodLabel.setLabelFor(periodBox);
        periodBox.getItems().setAll(Dashboard.Period.values());
        periodBox.valueProperty().bindBidirectional(viewModel.periodProperty());
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        scroll.visibleProperty().bind(viewModel.emptyProperty().not());
        wholeNumbers((NumberAxis) funnelChart.getYAxis(), viewModel.locale());
        amounts((NumberAxis) spendChart.getYAxis(), viewModel.locale());
        savable(funnelChart, Texts.text("dashboard.chart.funnelFile"));
        savable(spendChart, Texts.text("dashboard.chart.spendFile"));
        asTable(funnelTableToggle, funnelChart, funnelTable);
        asTable(spendTableToggle, spendChart, spendTable);
        funnelTable.setItems(viewModel.statusRows());
        funnelStatusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status().label()));
        funnelCountColumn.setCellValueFactory(c -> new ReadOnlyIntegerWrapper(c.getValue().contacts()));
        spendTable.setItems(viewModel.monthRows());
        spendMonthColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(monthName(c.getValue())));
        spendPaidColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().paid().format(viewModel.locale())));
        spendBudgetColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().budget().format(viewModel.locale())));
        viewModel.dashboardProperty().addListener((obs, old, dashboard) -> {
            if (dashboard != null) {
                show(dashboard);
            }
        });
        // Fresh figures each time the screen is shown.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                viewModel.refresh();
            }
        });
    }

    private void show(Dashboard d) {
        Locale locale = viewModel.locale();
        tiles.getChildren().setAll(
                tile("tile-overdue", LocalNumbers.whole(d.followUpsOverdue(), locale),
                        Texts.text("dashboard.tiles.overdue"), d.followUpsOverdue() > 0 ? "danger" : null,
                        viewModel::openOverdue),
                tile("tile-today", LocalNumbers.whole(d.followUpsToday(), locale),
                        Texts.text("dashboard.tiles.dueToday"), null, viewModel::openDueToday),
                tile("tile-due", d.dueThisMonth().isEmpty() ? Texts.text("dashboard.tiles.nothingDue")
                        : d.dueThisMonth().format(locale), Texts.text("dashboard.tiles.toPay"), null,
                        viewModel::openPayments),
                tile("tile-stale", LocalNumbers.whole(d.staleContacts(), locale), Texts.text("dashboard.tiles.stale"),
                        d.staleContacts() > 0 ? "warning" : null, viewModel::openStale));

        XYChart.Series<String, Number> counts = new XYChart.Series<>();
        for (DashboardViewModel.StatusRow row : viewModel.statusRows()) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(row.status().label(), row.contacts());
            counts.getData().add(bar);
            clickable(bar, Texts.text("dashboard.funnel.barTip", row.status().label(), row.contacts()),
                    () -> viewModel.openStatus(row.status()));
        }
        funnelChart.getData().setAll(List.of(counts));
        funnelText.setText(DashboardViewModel.funnelText(d.funnel()));

        XYChart.Series<String, Number> paid = new XYChart.Series<>();
        paid.setName(Texts.text("dashboard.spend.paidSeries"));
        XYChart.Series<String, Number> budget = new XYChart.Series<>();
        budget.setName(Texts.text("dashboard.spend.budgetSeries"));
        for (DashboardViewModel.MonthRow month : viewModel.monthRows()) {
            String label = monthName(month);
            XYChart.Data<String, Number> paidBar = new XYChart.Data<>(label, month.paid().amount());
            XYChart.Data<String, Number> budgetBar = new XYChart.Data<>(label, month.budget().amount());
            paid.getData().add(paidBar);
            budget.getData().add(budgetBar);
            clickable(paidBar, Texts.text("dashboard.spend.paidTip", month.paid().format(locale)),
                    viewModel::openPayments);
            clickable(budgetBar, Texts.text("dashboard.spend.budgetTip", month.budget().format(locale)),
                    viewModel::openPayments);
        }
        spendChart.getData().setAll(List.of(paid, budget));
        spendTitle.setText(Texts.text("dashboard.spend.title", d.spendCurrency().getCurrencyCode()));
        spendNote.setText(d.paidElsewhere().isEmpty() ? Texts.text("dashboard.spend.spreadEvenly")
                : Texts.text("dashboard.spend.paidElsewhere", d.paidElsewhere().format(locale)));

        niches.getChildren().clear();
        int most = d.topNiches().stream().mapToInt(Dashboard.NicheCount::partners).max().orElse(1);
        for (Dashboard.NicheCount niche : d.topNiches()) {
            niches.getChildren().add(nicheRow(niche, most));
        }
        if (d.topNiches().isEmpty()) {
            Label none = new Label(Texts.text("dashboard.niches.none"));
            none.getStyleClass().add("text-muted");
            niches.getChildren().add(none);
        }
    }

    private String monthName(DashboardViewModel.MonthRow month) {
        return month.month().getMonth().getDisplayName(TextStyle.SHORT, viewModel.locale());
    }

    /** The toggle swaps the chart for a table of the same figures, for a screen reader or the keyboard. */
    private static void asTable(ToggleButton toggle, Node chart, TableView<?> table) {
        toggle.setTooltip(new Tooltip(Texts.text("a11y.showAsTable.tooltip")));
        table.visibleProperty().bind(toggle.selectedProperty());
        table.managedProperty().bind(table.visibleProperty());
        chart.visibleProperty().bind(toggle.selectedProperty().not());
        chart.managedProperty().bind(chart.visibleProperty());
    }

    private Node tile(String id, String figure, String caption, String tone, Runnable open) {
        Label number = new Label(figure);
        number.getStyleClass().add("tile-figure");
        // Sums in several currencies run long: they wrap within the tile.
        number.setWrapText(true);
        number.setMaxWidth(200);
        TextFit.fit(number);
        Label text = new Label(caption);
        text.setWrapText(true);
        text.setMaxWidth(200);
        text.getStyleClass().add("tile-caption");
        VBox content = new VBox(2, number, text);
        Button tile = new Button(null, content);
        tile.setId(id);
        tile.getStyleClass().add("dashboard-tile");
        if (tone != null) {
            tile.getStyleClass().add(tone);
        }
        tile.setMinHeight(96);
        tile.setPrefHeight(96);
        tile.setMaxHeight(96);
        tile.setOnAction(e -> open.run());
        tile.setAccessibleText(Texts.text("a11y.dashboardTile", figure, caption));
        return tile;
    }

    private Node nicheRow(Dashboard.NicheCount niche, int most) {
        Button name = new Button(niche.niche());
        name.getStyleClass().addAll("flat", "niche-link");
        name.setOnAction(e -> viewModel.openNiche(niche.niche()));
        name.setMinWidth(160);
        name.setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar((double) niche.partners() / most);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label count = new Label(Texts.text("dashboard.niches.partners", niche.partners()));
        count.setMinWidth(90);
        HBox row = new HBox(10, name, bar, count);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A bar opens its list when clicked; its node exists once the chart has laid it out. */
    /** @param tip the whole tooltip: what the bar shows and that a click opens it */
    private static void clickable(XYChart.Data<String, Number> data, String tip, Runnable open) {
        Consumer<Node> wire = node -> {
            node.setCursor(Cursor.HAND);
            node.setOnMouseClicked(e -> open.run());
            Tooltip.install(node, new Tooltip(tip));
        };
        if (data.getNode() != null) {
            wire.accept(data.getNode());
        } else {
            data.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    wire.accept(node);
                }
            });
        }
    }

    /** Counts of people have no fractions: ticks between whole numbers stay unlabelled. */
    private static void wholeNumbers(NumberAxis axis, Locale locale) {
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? LocalNumbers.whole(n.longValue(), locale) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
    }

    /** Amounts on the spend axis grouped as the locale groups them ("1,500" in English, "1.500" in German). */
    private static void amounts(NumberAxis axis, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return format.format(n);
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
    }

    private void savable(BarChart<String, Number> chart, String name) {
        MenuItem save = new MenuItem(Texts.text("dashboard.chart.saveMenu"));
        save.setOnAction(e -> viewModel.saveChart(name, () -> Snapshots.png(chart)));
        chart.setOnContextMenuRequested(e -> new ContextMenu(save).show(chart, e.getScreenX(), e.getScreenY()));
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
