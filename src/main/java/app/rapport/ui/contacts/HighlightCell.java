package app.rapport.ui.contacts;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/** A text cell that marks the searched words. */
final class HighlightCell<S, T> extends TableCell<S, T> {

    private final Function<T, String> text;
    private final ObservableValue<List<String>> words;
    /**
     * Marks the new words in place when the search changes: refreshing the table instead would build every cell
     * again at each keystroke.
     */
    private final ChangeListener<List<String>> redraw = (obs, old, now) -> show();

    HighlightCell(Function<T, String> text, ObservableValue<List<String>> words) {
        this.text = text;
        this.words = words;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        words.addListener(new WeakChangeListener<>(redraw));
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        show();
    }

    private void show() {
        T item = getItem();
        if (isEmpty() || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String shown = text.apply(item);
        // The plain text stays for accessibility and for tests that read cells.
        setText(shown);
        setGraphic(Highlight.flow(shown, words.getValue()));
    }
}
