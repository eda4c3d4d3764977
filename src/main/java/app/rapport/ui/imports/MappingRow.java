package app.rapport.ui.imports;

import app.rapport.exchange.ImportField;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One column of the file: its header, a few of its values, and the field it fills ({@code null}: ignored). */
public final class MappingRow {

    private final String header;
    private final String samples;
    private final ObjectProperty<ImportField> field = new SimpleObjectProperty<>(this, "field");

    MappingRow(String header, String samples, ImportField guess) {
        this.header = header;
        this.samples = samples;
        field.set(guess);
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
