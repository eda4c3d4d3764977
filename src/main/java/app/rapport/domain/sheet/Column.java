package app.rapport.domain.sheet;

import app.rapport.domain.ControlCharacters;
import app.rapport.domain.Influencer;
import java.util.function.Function;

/**
 * One column of a contact sheet.
 *
 * @param id     the field name, as the importer reads it back ({@code name}, {@code instagram.followers})
 * @param header what a person reads at the top of the column
 * @param kind   how spreadsheets should store the values
 */
public record Column(String id, String header, Kind kind, Function<Influencer, Object> value) {

    /** How a value is stored: text, a count, a percentage, a date, or a web address. */
    public enum Kind { TEXT, NUMBER, PERCENT, DATE, URL }

    /** The value to write; text loses control characters that a file cannot show (XLSX shows each as "?"). */
    public Object valueOf(Influencer contact) {
        Object v = value.apply(contact);
        return v instanceof String text ? ControlCharacters.strip(text) : v;
    }
}
