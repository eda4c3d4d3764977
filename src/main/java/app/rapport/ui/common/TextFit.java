package app.rapport.ui.common;

import java.util.Collection;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps what Rapport says whole in every language: a button, a short label or a column header never shrinks below
 * its text (German and French run a third longer than English), so where room runs out a row wraps, a sentence
 * wraps or a table scrolls sideways instead of showing "Mark pai…". Cells are left alone: they show the user's data.
 */
public final class TextFit {

    /** Room a column header needs beside its text: its padding and the sort arrow. */
    private static final double HEADER_PADDING = 30;
    /** Longer than this, a label's text is a sentence. */
    private static final int SENTENCE = 40;

    private TextFit() {
    }

    /** Applies the rule to every control under {@code root}, and to the columns a table gets later. */
    public static <T extends Parent> T keepWhole(T root) {
        visit(root);
        return root;
    }

    private static void visit(Node node) {
        if (node instanceof Cell<?>) {
            return;
        }
        if (node instanceof Labeled labeled) {
            fit(labeled);
        }
        if (node instanceof TableView<?> table) {
            fitHeaders(table);
        }
        // A control's children come with its skin, which a view just loaded does not have yet: what it holds is
        // reached through the control itself.
        if (node instanceof ScrollPane scroller && scroller.getContent() != null) {
            visit(scroller.getContent());
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(TextFit::visit);
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).filter(Objects::nonNull).forEach(TextFit::visit);
        }
        if (node instanceof TitledPane titled && titled.getContent() != null) {
            visit(titled.getContent());
        }
        if (node instanceof ToolBar bar) {
            bar.getItems().forEach(TextFit::visit);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child);
            }
        }
    }

    /**
     * A short text keeps its width; a sentence that wraps keeps the height of all its lines (a box short of room
     * would otherwise squeeze it to one line and an ellipsis).
     */
    public static void fit(Labeled labeled) {
        if (!labeled.isWrapText() && labeled.getMinWidth() == Region.USE_COMPUTED_SIZE && !sentence(labeled)) {
            labeled.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (labeled.isWrapText() && labeled.getMinHeight() == Region.USE_COMPUTED_SIZE) {
            labeled.setMinHeight(Region.USE_PREF_SIZE);
        }
    }

    /** A label that says a sentence rather than names a thing: it must wrap, not widen its screen. */
    private static boolean sentence(Labeled labeled) {
        return labeled instanceof Label && labeled.getText() != null && labeled.getText().length() > SENTENCE;
    }

    private static <S> void fitHeaders(TableView<S> table) {
        table.getColumns().forEach(TextFit::fitHeader);
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(TextFit::fitHeader);
            }
        });
    }

    /** Widens a column whose cells show Rapport's own words (a status) so the longest of them shows whole. */
    public static void fitColumn(TableColumnBase<?, ?> column, Collection<String> words) {
        double needed = Math.ceil(words.stream().mapToDouble(word -> width(word, FontWeight.BOLD)).max().orElse(0)
                + HEADER_PADDING);
        column.setMinWidth(Math.max(column.getMinWidth(), needed));
        column.setPrefWidth(Math.max(column.getPrefWidth(), needed));
    }

    private static double width(String words, FontWeight weight) {
        Text text = new Text(words);
        text.setFont(Font.font(Font.getDefault().getFamily(), weight, Font.getDefault().getSize()));
        return text.getLayoutBounds().getWidth();
    }

    private static void fitHeader(TableColumnBase<?, ?> column) {
        column.getColumns().forEach(TextFit::fitHeader);
        String header = column.getText();
        if (header == null || header.isBlank()) {
            return;
        }
        double needed = Math.ceil(width(header, FontWeight.BOLD) + HEADER_PADDING);
        if (column.getMinWidth() < needed) {
            column.setMinWidth(needed);
        }
        if (column.getPrefWidth() < needed) {
            column.setPrefWidth(needed);
        }
    }
}
