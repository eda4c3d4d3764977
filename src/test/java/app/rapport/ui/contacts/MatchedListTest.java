package app.rapport.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

class MatchedListTest {

    private final ObservableList<String> source = FXCollections.observableArrayList("anna", "ben", "ana", "carl");
    private final MatchedList<String> matched = new MatchedList<>(source);
    private final List<String> events = new ArrayList<>();

    MatchedListTest() {
        matched.addListener((ListChangeListener<String>) change -> events.add(change.toString()));
    }

    @Test
    void showsWhatTheMatcherKeepsInTheSourcesOrder() {
        matched.setMatcher(list -> positions(list, "an"));

        assertThat(matched).containsExactly("anna", "ana");
        assertThat(matched.getSourceIndex(1)).isEqualTo(2);
        assertThat(matched.getViewIndex(2)).isEqualTo(1);
        assertThat(matched.getViewIndex(1)).isEqualTo(-1);

        matched.setMatcher(null);
        assertThat(matched).containsExactlyElementsOf(source);
    }

    @Test
    void sameAnswerAgainTellsNoOneButAChangedSourceIsFilteredAgain() {
        matched.setMatcher(list -> positions(list, "an"));
        events.clear();

        matched.setMatcher(list -> positions(list, "a"));
        assertThat(events).as("anna, ana and carl: a different answer").hasSize(1);
        events.clear();
        matched.setMatcher(list -> positions(list, "a"));
        assertThat(events).as("the same answer").isEmpty();

        source.set(0, "bob");
        source.remove("carl");
        source.add(0, "diana");
        assertThat(matched).containsExactly("diana", "ana");
        SortedList<String> sorted = new SortedList<>(matched, String::compareTo);
        assertThat(sorted).containsExactly("ana", "diana");
    }

    private static BitSet positions(List<String> list, String part) {
        BitSet kept = new BitSet();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).contains(part)) {
                kept.set(i);
            }
        }
        return kept;
    }
}
