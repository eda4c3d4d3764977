package app.rapport.ui.trash;

import app.rapport.domain.TrashedContact;
import app.rapport.ui.common.ChildWindows;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Trash window: binds {@link TrashViewModel}. */
public final class TrashView {

    @FXML private VBox root;
    @FXML private ListView<TrashedContact> list;
    @FXML private Button restoreButton;
    @FXML private Button deleteButton;
    @FXML private Button emptyButton;

    private final TrashViewModel viewModel;

    public TrashView(TrashViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Opens the Trash over the main window. */
    public static Stage show(Window owner, TrashViewModel viewModel) {
        viewModel.load();
        return ChildWindows.open(owner, TrashView.class, new TrashView(viewModel), Texts.text("trash.window.title"));
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.trashed());
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(TrashedContact item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Texts.text("trash.window.item", item.displayName(),
                        Formats.moment(item.deletedAt())));
            }
        });
        restoreButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        emptyButton.disableProperty().bind(viewModel.emptyProperty());
    }

    @FXML
    private void restore() {
        viewModel.restore(list.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void deleteForever() {
        viewModel.deleteForever(list.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void emptyTrash() {
        viewModel.emptyTrash();
    }

    @FXML
    private void close() {
        root.getScene().getWindow().hide();
    }
}
