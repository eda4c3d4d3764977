package app.rapport.ui.pipeline;

import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.ui.common.Shortcuts;
import app.rapport.ui.common.Texts;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The board: a virtualised list per status, cards moved by dragging, a context menu or Ctrl+M. */
public final class PipelineView {

    @FXML private BorderPane root;
    @FXML private HBox board;
    @FXML private ComboBox<String> tagFilter;
    @FXML private ComboBox<Platform> platformFilter;
    @FXML private Button clearFilters;
    @FXML private ToggleButton showClosed;

    private final PipelineViewModel viewModel;
    private final Map<OutreachStatus, VBox> columns = new EnumMap<>(OutreachStatus.class);
    private Influencer dragged;

    public PipelineView(PipelineViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        tagFilter.setItems(viewModel.knownTags());
        tagFilter.valueProperty().bindBidirectional(viewModel.tagFilterProperty());
        platformFilter.getItems().setAll(Platform.values());
        platformFilter.valueProperty().bindBidirectional(viewModel.platformFilterProperty());
        platformFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Platform platform) {
                return platform == null ? "" : platform.label();
            }

            @Override
            public Platform fromString(String text) {
                return Platform.fromName(text).orElse(null);
            }
        });
        clearFilters.disableProperty().bind(viewModel.tagFilterProperty().isNull()
                .and(viewModel.platformFilterProperty().isNull()));
        showClosed.selectedProperty().bindBidirectional(viewModel.showClosedProperty());

        for (OutreachStatus status : viewModel.statuses()) {
            VBox column = column(status);
            columns.put(status, column);
            if (status.isClosing()) {
                column.visibleProperty().bind(viewModel.showClosedProperty());
                column.managedProperty().bind(viewModel.showClosedProperty());
                viewModel.column(status).addListener((ListChangeListener<Influencer>) c -> updateClosedToggle());
            }
            board.getChildren().add(column);
        }
        updateClosedToggle();
    }

    private void updateClosedToggle() {
        showClosed.setText(Texts.text("pipeline.board.showClosedCount", viewModel.closedCount()));
    }

    private VBox column(OutreachStatus status) {
        Label title = new Label(status.label());
        title.getStyleClass().add("column-title");
        Label count = new Label();
        count.getStyleClass().add("column-count");
        count.textProperty().bind(Bindings.size(viewModel.column(status)).asString());
        HBox header = new HBox(8, title, count);
        header.getStyleClass().add("column-header");

        ListView<Influencer> list = new ListView<>(viewModel.column(status));
        list.setId("list-" + status.name());
        list.getStyleClass().add("board-list");
        list.setCellFactory(view -> new CardCell());
        list.setPlaceholder(new Label(Texts.text("pipeline.board.noOneHere")));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseDragEntered(e -> list.getStyleClass().add("drop-target"));
        list.setOnMouseDragExited(e -> list.getStyleClass().remove("drop-target"));
        list.setOnMouseDragReleased(e -> {
            list.getStyleClass().remove("drop-target");
            if (dragged != null) {
                viewModel.move(dragged, status);
                dragged = null;
            }
        });
        list.setOnKeyPressed(e -> {
            Influencer selected = list.getSelectionModel().getSelectedItem();
            if (Shortcuts.MOVE_CARD.keys().match(e) && selected != null) {
                Bounds bounds = list.localToScreen(list.getBoundsInLocal());
                moveMenu(selected).show(list, bounds.getMinX() + 20, bounds.getMinY() + 40);
                e.consume();
            } else if (Shortcuts.OPEN_CARD.keys().match(e) && selected != null) {
                // The keyboard's double-click: opens the card's contact.
                viewModel.open(selected);
                e.consume();
            }
        });

        VBox column = new VBox(6, header, list);
        column.setId("column-" + status.name());
        column.getStyleClass().addAll("board-column", "status-" + status.name().toLowerCase(Locale.ROOT));
        return column;
    }

    private ContextMenu moveMenu(Influencer contact) {
        ContextMenu menu = new ContextMenu();
        for (OutreachStatus status : viewModel.statuses()) {
            if (status != contact.outreach().status()) {
                MenuItem item = new MenuItem(Texts.text("pipeline.board.moveTo", status.label()));
                item.setOnAction(e -> viewModel.move(contact, status));
                menu.getItems().add(item);
            }
        }
        MenuItem campaign = new MenuItem(Texts.text("pipeline.board.addToCampaign"));
        campaign.setOnAction(e -> viewModel.addToCampaign(contact));
        menu.getItems().addAll(new SeparatorMenuItem(), campaign);
        return menu;
    }

    /** A card: name, main account and followers, days in status, next follow-up (red when overdue). */
    private final class CardCell extends ListCell<Influencer> {
        private final Card card = new Card();

        CardCell() {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    dragged = getItem();
                    startFullDrag();
                }
            });
            setOnMouseReleased(e -> dragged = null);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    viewModel.open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Influencer contact, boolean empty) {
            super.updateItem(contact, empty);
            if (empty || contact == null) {
                setGraphic(null);
                setContextMenu(null);
                setAccessibleText(null);
                return;
            }
            card.show(contact, viewModel.today(), viewModel.zone());
            setGraphic(card);
            setAccessibleText(card.spoken());
            setContextMenu(moveMenu(contact));
        }
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

}
