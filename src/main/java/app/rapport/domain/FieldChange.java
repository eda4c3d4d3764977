package app.rapport.domain;

import java.time.Instant;

/**
 * One field of a record changed: when, by whom, from what to what.
 *
 * @param before the value before, as shown to people; "" when it was empty
 * @param after  the value after; "" when it was cleared
 * @param by     the name of the user who made the change
 */
public record FieldChange(Instant at, String field, String before, String after, String by) {
}
