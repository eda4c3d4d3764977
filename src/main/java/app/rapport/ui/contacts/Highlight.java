package app.rapport.ui.contacts;

import static app.rapport.domain.Text.fold;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/** Text with the searched words marked, for table cells: matching ignores accents and case, as the search does. */
final class Highlight {

    private Highlight() {
    }

    /** Which characters of {@code text} fall inside a match of one of the folded words. */
    static boolean[] matches(String text, List<String> words) {
        boolean[] marked = new boolean[text.length()];
        if (words.isEmpty() || text.isEmpty()) {
            return marked;
        }
        // Fold one character at a time, remembering where each folded character came from.
        StringBuilder folded = new StringBuilder();
        int[] origin = new int[text.length() * 3 + 1];
        for (int i = 0; i < text.length(); i++) {
            String f = fold(String.valueOf(text.charAt(i)));
            for (int k = 0; k < f.length() && folded.length() < origin.length; k++) {
                origin[folded.length()] = i;
                folded.append(f.charAt(k));
            }
        }
        String haystack = folded.toString();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            int at = haystack.indexOf(word);
            while (at >= 0) {
                for (int j = at; j < at + word.length(); j++) {
                    marked[origin[j]] = true;
                }
                at = haystack.indexOf(word, at + 1);
            }
        }
        return marked;
    }

    /** The text as a flow of plain and marked runs; style class "match" marks. */
    static HBox flow(String text, List<String> words) {
        boolean[] marked = matches(text, words);
        // An HBox of runs rather than a TextFlow: a cell stays one line high however narrow its column.
        HBox flow = new HBox();
        flow.setMinWidth(0);
        flow.setAlignment(Pos.CENTER_LEFT);
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                Text run = new Text(text.substring(start, i));
                run.getStyleClass().add(marked[start] ? "match" : "cell-text");
                flow.getChildren().add(run);
                start = i;
            }
        }
        return flow;
    }
}
