package app.rapport.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Values read in one go, kept once where they repeat. At 100,000 contacts the same few cities, countries, tags
 * and days come back on row after row, and an import stamps thousands of rows with the same moment: without this
 * each row would hold copies of its own, tens of megabytes of the heap.
 */
final class SharedValues {

    /** Past this many different values a column is mostly unique, and remembering more would only cost. */
    private static final int MOST_KEPT = 20_000;

    private final Map<Object, Object> kept = new HashMap<>();
    private Instant lastMoment;
    private String lastHandle;

    /** The value equal to {@code value} read before, or {@code value} itself. */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null) {
            return null;
        }
        Object earlier = kept.get(value);
        if (earlier != null) {
            return (T) earlier;
        }
        if (kept.size() < MOST_KEPT) {
            kept.put(value, value);
        }
        return value;
    }

    /**
     * The moment read just before when it is the same: rows written together (an import, a bulk change) share
     * their stamps and are read one after another, while moments typed over months are all different.
     */
    Instant moment(Instant value) {
        if (value != null && value.equals(lastMoment)) {
            return lastMoment;
        }
        if (value != null) {
            lastMoment = value;
        }
        return value;
    }

    /** The handle read just before when it is the same: many creators use one handle on every platform. */
    String handle(String value) {
        if (value != null && value.equals(lastHandle)) {
            return lastHandle;
        }
        lastHandle = value;
        return value;
    }
}
