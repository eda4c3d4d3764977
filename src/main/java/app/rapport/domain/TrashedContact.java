package app.rapport.domain;

import java.time.Instant;

/** A contact in the Trash: restorable until it is emptied or the contact has been there 30 days. */
public record TrashedContact(long id, String displayName, Instant deletedAt) {
}
