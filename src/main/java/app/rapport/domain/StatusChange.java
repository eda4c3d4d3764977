package app.rapport.domain;

import java.time.Instant;

/** One move of a contact between statuses; {@code from} is {@code null} for the first status. */
public record StatusChange(Long id, long contactId, OutreachStatus from, OutreachStatus to, Instant changedAt) {
}
