package app.rapport.ui.contacts;

import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/** A text cell that marks the searched words. */
final class HighlightCell<S, T> extends TableCell<S, T> {

    private final Function<T, String> text;
    private final SearchViewModel search;

    HighlightCell(Function<T, String> text, SearchViewModel search) {
        this.text = text;
        this.search = search;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String shown = text.apply(item);
        // The plain text stays for accessibility and for tests that read cells.
        setText(shown);
        setGraphic(Highlight.flow(shown, search.wordsProperty().get()));
    }
}
