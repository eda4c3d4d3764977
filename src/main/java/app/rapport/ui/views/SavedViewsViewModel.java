package app.rapport.ui.views;

import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.search.SavedView;
import app.rapport.service.SearchService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.RecordBook;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The saved views in the sidebar, and the contacts table's layout: a view is the search text plus the table's
 * sort and visible columns, so opening one puts back all three.
 */
public final class SavedViewsViewModel {

    /** The table as a view remembers it: {@code column:asc|desc} pairs and the visible columns in order. */
    public record TableState(String sort, List<String> columns) {
        public TableState {
            sort = sort == null ? "" : sort;
            columns = List.copyOf(columns == null ? List.of() : columns);
        }
    }

    // Properties
    private final ReadOnlyObjectWrapper<TableState> requestedTable = new ReadOnlyObjectWrapper<>(this,
            "requestedTable");

    private final SearchService service;
    private final RecordBook<SavedView> book;
    private final StringProperty queryText;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine status;
    private Supplier<TableState> currentTable = () -> new TableState("", List.of());
    private Runnable showContacts = () -> { };

    /**
     * @param book      the saved views, kept current by the workspace's changes
     * @param queryText the contacts screen's search text, which a view sets
     */
    public SavedViewsViewModel(SearchService service, RecordBook<SavedView> book, StringProperty queryText,
            Background background, DialogService dialogs, StatusLine status) {
        this.service = service;
        this.book = book;
        this.queryText = queryText;
        this.background = background;
        this.dialogs = dialogs;
        this.status = status;
    }

    // Commands

    public void load() {
        book.load();
    }

    /** Shows the contacts screen with the view's search, sort and columns. */
    public void open(SavedView view) {
        showContacts.run();
        queryText.set(view.query());
        // Reset first, so opening the same view twice puts its layout back twice.
        requestedTable.set(null);
        requestedTable.set(new TableState(view.sort(), view.columns()));
        status.show(Texts.text("views.saved.opened", view.name()));
    }

    /** Asks a name and saves the current search, sort and columns as a view. */
    public void saveCurrent() {
        String query = queryText.get() == null ? "" : queryText.get().strip();
        dialogs.askText(Texts.text("views.saved.saveTitle"), Texts.text("views.saved.namePrompt"), List.of())
                .ifPresent(name -> {
                    TableState table = currentTable.get();
                    change(() -> service.saveView(new SavedView(null, name, query, table.sort(), table.columns(), 0)),
                            "save", Texts.text("views.saved.saved", name.strip()));
                });
    }

    public void rename(SavedView view) {
        dialogs.askText(Texts.text("views.saved.renameTitle"), Texts.text("views.saved.renamePrompt", view.name()),
                List.of(view.name())).ifPresent(name -> change(() -> service.saveView(view.withName(name)),
                        "rename", Texts.text("views.saved.renamed", name)));
    }

    /** Replaces the view's search, sort and columns with what the contacts screen shows now. */
    public void update(SavedView view) {
        TableState table = currentTable.get();
        change(() -> service.saveView(new SavedView(view.id(), view.name(), queryText.get(), table.sort(),
                table.columns(), view.position(), view.version())), "update",
                Texts.text("views.saved.updated", view.name()));
    }

    public void delete(SavedView view) {
        if (dialogs.confirm(Texts.text("views.saved.deleteTitle"),
                Texts.text("views.saved.deleteQuestion", view.name()), Texts.text("views.saved.deleteButton"))) {
            change(() -> service.deleteView(view.id()), "delete",
                    Texts.text("views.saved.deleted", view.name()));
        }
    }

    public void moveUp(SavedView view) {
        change(() -> service.moveView(view.id(), -1), "move", null);
    }

    public void moveDown(SavedView view) {
        change(() -> service.moveView(view.id(), +1), "move", null);
    }

    /** Reads the table layout the user last left, then hands it to {@code apply}. */
    public void loadTableLayout(Consumer<String> apply) {
        background.run(service::tableLayout, apply, failure -> { });
    }

    /** Keeps the table layout for the next start. */
    public void rememberTableLayout(String layout) {
        background.run(() -> {
            service.rememberTableLayout(layout);
            return null;
        }, done -> { }, failure -> status.show(Texts.text("views.saved.layoutNotKept")));
    }

    /**
     * Runs a change; the list shows its outcome when the workspace announces it.
     *
     * @param what what is done to the view ("rename"): its error sentence is {@code errors.views.rename}
     */
    private void change(Callable<List<SavedView>> work, String what, String done) {
        background.run(work, list -> {
            if (done != null) {
                status.show(done);
            }
        }, failure -> {
            if (failure instanceof ChangedElsewhereException) {
                // Someone renamed, changed or deleted the view meanwhile; the list follows their change.
                dialogs.showError(Texts.text("views.saved.changedElsewhere"));
            } else {
                dialogs.showError(Errors.describe(failure, what + " the view", "errors.views." + what));
            }
        });
    }

    /** How the contacts table tells its sort and columns; its view sets it. */
    public void setCurrentTable(Supplier<TableState> current) {
        this.currentTable = current;
    }

    /** What showing the contacts screen means; the app sets it. */
    public void setShowContacts(Runnable show) {
        this.showContacts = show;
    }

    // Properties

    public ObservableList<SavedView> views() {
        return book.records();
    }

    /** The sort and columns the table should take, set when a view opens. */
    public ReadOnlyObjectProperty<TableState> requestedTableProperty() {
        return requestedTable.getReadOnlyProperty();
    }
}
