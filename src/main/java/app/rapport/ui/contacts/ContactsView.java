package app.rapport.ui.contacts;

import app.rapport.domain.Countries;
import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Tags;
import app.rapport.domain.text.Messages;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.PlatformBadge;
import app.rapport.ui.common.Shortcuts;
import app.rapport.ui.common.TextFit;
import app.rapport.ui.common.Texts;
import app.rapport.ui.views.SavedViewsViewModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Callback;
import javafx.util.Duration;

/** The contacts table with its quick filter and empty state; the form is {@link ContactEditorView}. */
public final class ContactsView {

    @FXML private SplitPane root;
    @FXML private VBox listPane;
    @FXML private VBox emptyState;
    @FXML private TextField filterField;
    @FXML private FlowPane chipBar;
    @FXML private Label searchError;
    @FXML private Button searchHelpButton;
    @FXML private TableView<Influencer> table;
    @FXML private TableColumn<Influencer, String> nameColumn;
    @FXML private TableColumn<Influencer, SocialAccount> handleColumn;
    @FXML private TableColumn<Influencer, Long> followersColumn;
    @FXML private TableColumn<Influencer, BigDecimal> engagementColumn;
    @FXML private TableColumn<Influencer, String> nichesColumn;
    @FXML private TableColumn<Influencer, String> countryColumn;
    @FXML private TableColumn<Influencer, Integer> fitColumn;
    @FXML private TableColumn<Influencer, OutreachStatus> statusColumn;
    @FXML private TableColumn<Influencer, Long> daysColumn;
    @FXML private TableColumn<Influencer, LocalDate> followUpColumn;
    @FXML private MenuButton bulkButton;
    @FXML private TableColumn<Influencer, Instant> updatedColumn;

    private final ContactsViewModel viewModel;
    private final SavedViewsViewModel views;
    private boolean syncingSelection;
    /** The window whose hiding keeps a column layout still settling. */
    private Window hidingWatched;

    public ContactsView(ContactsViewModel viewModel, SavedViewsViewModel views) {
        this.viewModel = viewModel;
        this.views = views;
    }

    @FXML
    private void initialize() {
        setUpColumns();
        // A wider window gives the table more room; the form keeps its width.
        SplitPane.setResizableWithParent(root.getItems().get(1), false);
        SortedList<Influencer> sorted = new SortedList<>(viewModel.visibleContacts());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        viewModel.setDisplayOrder(sorted);
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        SearchBar.install(viewModel.search(), filterField, chipBar, searchError);
        setUpLayout();

        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        listPane.visibleProperty().bind(viewModel.emptyProperty().not());

        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> userSelected(item));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Influencer>) change ->
                viewModel.setSelection(new ArrayList<>(table.getSelectionModel().getSelectedItems())));
        bulkButton.getItems().setAll(bulkItems());
        bulkButton.disableProperty().bind(viewModel.hasSelectionProperty().not());
        ContextMenu menu = new ContextMenu();
        menu.getItems().setAll(bulkItems());
        table.setContextMenu(menu);
        viewModel.selectedProperty().addListener((obs, old, item) -> showSelection(item));
        table.setOnKeyPressed(event -> {
            if (Shortcuts.DELETE_SELECTED.keys().match(event) && viewModel.canDeleteProperty().get()) {
                viewModel.deleteSelected();
                event.consume();
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(Shortcuts.FIND_IN_LIST.keys(), this::focusFilter);
            }
        });
    }

    /** Restores the columns as the user left them, keeps them as they change, and applies opened views. */
    private void setUpLayout() {
        views.setCurrentTable(() -> new SavedViewsViewModel.TableState(TableLayout.sort(table),
                TableLayout.visibleColumns(table)));
        views.requestedTableProperty().addListener((obs, old, state) -> {
            if (state != null) {
                TableLayout.showOnly(table, state.columns());
                TableLayout.applySort(table, state.sort());
            }
        });
        PauseTransition settle = new PauseTransition(Duration.millis(600));
        settle.setOnFinished(e -> views.rememberTableLayout(TableLayout.describe(table)));
        // A change made just before closing is kept too: the window hides before the worker stops.
        EventHandler<WindowEvent> keepOnHiding = e -> {
            if (settle.getStatus() == Animation.Status.RUNNING) {
                settle.stop();
                views.rememberTableLayout(TableLayout.describe(table));
            }
        };
        // The view may join a window already showing (the app opens on the dashboard when there are contacts),
        // so the window it is in now counts, not only one it joins later. Leaving the window to show another
        // screen keeps the handler there: the layout changed just before is still pending.
        ObservableValue<Window> window = root.sceneProperty().flatMap(Scene::windowProperty);
        window.addListener((obs, was, now) -> watchHiding(now, keepOnHiding));
        watchHiding(window.getValue(), keepOnHiding);
        views.loadTableLayout(layout -> {
            TableLayout.apply(table, layout);
            InvalidationListener changed = o -> settle.playFromStart();
            table.getColumns().addListener(changed);
            for (TableColumn<Influencer, ?> column : table.getColumns()) {
                column.visibleProperty().addListener(changed);
                column.widthProperty().addListener(changed);
            }
        });
    }

    /** Hands {@code handler} the hiding of {@code window}, moving it from the window it watched before. */
    private void watchHiding(Window window, EventHandler<WindowEvent> handler) {
        if (window == null || window == hidingWatched) {
            return;
        }
        if (hidingWatched != null) {
            hidingWatched.removeEventHandler(WindowEvent.WINDOW_HIDING, handler);
        }
        hidingWatched = window;
        window.addEventHandler(WindowEvent.WINDOW_HIDING, handler);
    }

    private void setUpColumns() {
        nameColumn.setCellValueFactory(cell(Influencer::displayName));
        nameColumn.setCellFactory(column -> new HighlightCell<>(name -> name, viewModel.search().wordsProperty()));
        handleColumn.setCellValueFactory(cell(c -> c.mainAccount().orElse(null)));
        handleColumn.setCellFactory(column -> new AccountCell(viewModel.search().wordsProperty()));
        handleColumn.setComparator(Comparator.nullsLast(
                Comparator.comparing(SocialAccount::handleKey).thenComparing(SocialAccount::platform)));
        followersColumn.setCellValueFactory(cell(Influencer::mainFollowers));
        followersColumn.setCellFactory(column -> formatted(Formats::followers));
        engagementColumn.setCellValueFactory(cell(c -> c.mainAccount().map(SocialAccount::engagementRate)
                .orElse(null)));
        engagementColumn.setCellFactory(column -> formatted(Formats::percent));
        nichesColumn.setCellValueFactory(cell(c -> Tags.format(c.tags())));
        countryColumn.setCellValueFactory(cell(c -> Countries.displayName(c.country(), Messages.locale())));
        fitColumn.setCellValueFactory(cell(c -> c.fit().rating()));
        fitColumn.setCellFactory(column -> formatted(Formats::stars));
        statusColumn.setCellValueFactory(cell(c -> c.outreach().status()));
        statusColumn.setCellFactory(column -> new StatusCell());
        // A status is Rapport's own word, so its column is as wide as the longest in the user's language.
        TextFit.fitColumn(statusColumn, Arrays.stream(OutreachStatus.values()).map(OutreachStatus::label).toList());
        daysColumn.setCellValueFactory(cell(c -> c.outreach().daysInStatus(viewModel.editor().today(),
                ZoneId.systemDefault())));
        followUpColumn.setCellValueFactory(cell(c -> c.outreach().followUpOn()));
        followUpColumn.setCellFactory(column -> new FollowUpCell(viewModel.editor()::today));
        updatedColumn.setCellValueFactory(cell(Influencer::updatedAt));
        updatedColumn.setCellFactory(column -> formatted(Formats::shortDate));
    }

    private static <T> Callback<TableColumn.CellDataFeatures<Influencer, T>,
            ObservableValue<T>> cell(Function<Influencer, T> value) {
        return features -> new ReadOnlyObjectWrapper<>(value.apply(features.getValue()));
    }

    private static <T> TableCell<Influencer, T> formatted(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }

    /** The same actions for the Bulk actions button and the table's context menu. */
    private List<MenuItem> bulkItems() {
        Menu move = new Menu(Texts.text("contacts.table.setStatusMenu"));
        for (OutreachStatus status : OutreachStatus.values()) {
            MenuItem item = new MenuItem(status.label());
            item.setId("bulk-" + status.name());
            item.setOnAction(e -> viewModel.bulk().bulkMove(status));
            move.getItems().add(item);
        }
        MenuItem addTag = new MenuItem(Texts.text("contacts.table.addTagItem"));
        addTag.setOnAction(e -> viewModel.bulk().bulkAddTag());
        MenuItem removeTag = new MenuItem(Texts.text("contacts.table.removeTagItem"));
        removeTag.setOnAction(e -> viewModel.bulk().bulkRemoveTag());
        MenuItem plan = new MenuItem(Texts.text("contacts.table.planFollowUpItem"));
        plan.setOnAction(e -> viewModel.bulk().bulkPlanFollowUp());
        MenuItem clear = new MenuItem(Texts.text("contacts.table.clearFollowUpItem"));
        clear.setOnAction(e -> viewModel.bulk().bulkClearFollowUp());
        MenuItem write = new MenuItem(Texts.text("contacts.table.writeMessageItem"));
        write.setOnAction(e -> viewModel.writeMessage());
        MenuItem campaign = new MenuItem(Texts.text("contacts.table.addToCampaignItem"));
        campaign.setOnAction(e -> viewModel.addToCampaign(false));
        MenuItem allShown = new MenuItem(Texts.text("contacts.table.addAllShownItem"));
        allShown.setOnAction(e -> viewModel.addToCampaign(true));
        MenuItem trash = new MenuItem(Texts.text("contacts.table.moveToTrashItem"));
        trash.setOnAction(e -> viewModel.deleteSelected());
        return List.of(move, addTag, removeTag, new SeparatorMenuItem(), plan, clear, new SeparatorMenuItem(), write,
                campaign, allShown, new SeparatorMenuItem(), trash);
    }

    /** The status, with Do not contact shown as a red badge. */
    private static final class StatusCell extends TableCell<Influencer, OutreachStatus> {
        @Override
        protected void updateItem(OutreachStatus status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().remove("dnc");
            if (empty || status == null) {
                setText(null);
                return;
            }
            setText(status.label());
            if (status == OutreachStatus.DO_NOT_CONTACT) {
                getStyleClass().add("dnc");
            }
        }
    }

    /** The next follow-up, red when overdue. */
    private static final class FollowUpCell extends TableCell<Influencer, LocalDate> {
        private final Supplier<LocalDate> today;

        FollowUpCell(Supplier<LocalDate> today) {
            this.today = today;
        }

        @Override
        protected void updateItem(LocalDate day, boolean empty) {
            super.updateItem(day, empty);
            getStyleClass().remove("overdue");
            if (empty || day == null) {
                setText(null);
                return;
            }
            LocalDate now = today.get();
            setText(Formats.relativeDay(day, now));
            if (day.isBefore(now)) {
                getStyleClass().add("overdue");
            }
        }
    }

    /** The main account as a small platform badge and the handle. */
    private static final class AccountCell extends TableCell<Influencer, SocialAccount> {
        private final ObservableValue<List<String>> words;
        /** Marks the new words in place when the search changes, as {@link HighlightCell} does. */
        private final ChangeListener<List<String>> redraw = (obs, old, now) -> show();

        AccountCell(ObservableValue<List<String>> words) {
            this.words = words;
            words.addListener(new WeakChangeListener<>(redraw));
        }

        @Override
        protected void updateItem(SocialAccount account, boolean empty) {
            super.updateItem(account, empty);
            show();
        }

        private void show() {
            SocialAccount account = getItem();
            if (isEmpty() || account == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(null);
            HBox box = new HBox(6, PlatformBadge.of(account.platform()),
                    Highlight.flow(account.displayHandle(), words.getValue()));
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
        }
    }

    private void userSelected(Influencer item) {
        if (syncingSelection || item == null || item.equals(viewModel.selectedProperty().get())) {
            return;
        }
        if (!viewModel.select(item)) {
            // The user kept unsaved changes: put the selection back where the form is.
            Platform.runLater(() -> showSelection(viewModel.selectedProperty().get()));
        }
    }

    private void showSelection(Influencer item) {
        syncingSelection = true;
        try {
            if (item == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(item);
                table.scrollTo(item);
            }
        } finally {
            syncingSelection = false;
        }
    }

    /** Ctrl+F: puts the cursor in the quick filter. */
    void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    @FXML
    private void showSearchHelp() {
        SearchBar.showHelp(searchHelpButton);
    }

    @FXML
    private void saveView() {
        views.saveCurrent();
    }

    @FXML
    private void newContact() {
        viewModel.newContact();
    }

    @FXML
    private void importContacts() {
        viewModel.importContacts();
    }

    @FXML
    private void export() {
        viewModel.export();
    }

    @FXML
    private void loadSample() {
        viewModel.loadSample();
    }
}
