package app.rapport.ui.imports;

import app.rapport.domain.sheet.ImportField;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One column of the file: its header, a few of its values, and the field it fills ({@code null}: ignored). */
public final class MappingRow {

    private final String header;
    private final String samples;
    private final ObjectProperty<ImportField> field = new SimpleObjectProperty<>(this, "field");
    private final BooleanProperty fractions = new SimpleBooleanProperty(this, "fractions");
    private final boolean fractionsLikely;
    private final String reason;

    MappingRow(String header, String samples, ImportField guess, String reason, boolean fractionsLikely) {
        this.header = header;
        this.samples = samples;
        this.reason = reason;
        this.fractionsLikely = fractionsLikely;
        field.set(guess);
        fractions.set(fractionsLikely);
    }

    /** Whether the values are all at most 1, so the column may hold fractions (0.032 for 3.2 %): ask. */
    public boolean fractionsLikely() {
        return fractionsLikely;
    }

    /** The user's answer: read this engagement column as fractions. */
    public BooleanProperty fractionsProperty() {
        return fractions;
    }

    /** Why the column was guessed so ("values look like TikTok handles"); empty when nothing was guessed. */
    public String reason() {
        return reason;
    }

    public String header() {
        return header;
    }

    /** "luna.bakes, wickandwander, …" */
    public String samples() {
        return samples;
    }

    public ObjectProperty<ImportField> fieldProperty() {
        return field;
    }
}
