package app.rapport.ui.contacts;

import app.rapport.domain.search.QueryKey;
import app.rapport.ui.common.Texts;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One chip of the filter bar: a search key and the values offered for it. The chip's value is the value as the
 * search text holds it ({@code <50k}, {@code partner}), {@code null} for "any".
 */
public final class FilterChip {

    /** A choice in the chip's list; {@code value} {@code null} is "any". */
    public record Option(String label, String value) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final QueryKey key;
    private final String title;
    private final String any;
    private final ObservableList<Option> options = FXCollections.observableArrayList();
    private final StringProperty value = new SimpleStringProperty(this, "value");

    /** @param any the first choice, the chip left unset ("Any status") */
    FilterChip(QueryKey key, String title, String any, List<Option> choices) {
        this.key = key;
        this.title = title;
        this.any = any;
        setChoices(choices);
    }

    /** Replaces the offered values (after a load); a value typed in the search stays offered. */
    void setChoices(List<Option> choices) {
        options.setAll(new Option(any, null));
        options.addAll(choices);
        optionFor(value.get());
    }

    /** The option showing this value, added to the list when the user typed one the list lacks. */
    public Option optionFor(String wanted) {
        if (wanted == null) {
            return options.get(0);
        }
        for (Option option : options) {
            if (option.value() != null && option.value().equalsIgnoreCase(wanted)) {
                return option;
            }
        }
        Option typed = new Option(wanted, wanted);
        options.add(1, typed);
        return typed;
    }

    public QueryKey key() {
        return key;
    }

    public String title() {
        return title;
    }

    public ObservableList<Option> options() {
        return options;
    }

    /** The value as the search holds it, {@code null} for any. */
    public StringProperty valueProperty() {
        return value;
    }

    /** What the chip shows: "Status: Partner" or just "Status". */
    public String caption() {
        Option option = optionFor(value.get());
        return option.value() == null ? title : Texts.text("contacts.search.chipCaption", title, option.label());
    }

    @Override
    public String toString() {
        return Objects.toString(key);
    }
}
