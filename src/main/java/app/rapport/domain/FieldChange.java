package app.rapport.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One field of a record changed: when, by whom, from what to what.
 *
 * @param before the value before, as shown to people; "" when it was empty
 * @param after  the value after; "" when it was cleared
 * @param by     the name of the user who made the change
 */
public record FieldChange(Instant at, String field, String before, String after, String by) {

    /** The entries whose values differ between two readings of a record, in the order the fields were read. */
    public static List<FieldChange> between(Map<String, String> was,
            Map<String, String> now, String prefix, Instant at, String by) {
        List<String> keys = new ArrayList<>(was.keySet());
        now.keySet().stream().filter(k -> !was.containsKey(k)).forEach(keys::add);
        List<FieldChange> changes = new ArrayList<>();
        for (String key : keys) {
            String old = was.getOrDefault(key, "");
            String neu = now.getOrDefault(key, "");
            if (!old.equals(neu)) {
                changes.add(new FieldChange(at, prefix + key, old, neu, by));
            }
        }
        return changes;
    }
}
