package app.rapport.exchange;

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

    public Object valueOf(Influencer contact) {
        return value.apply(contact);
    }
}
