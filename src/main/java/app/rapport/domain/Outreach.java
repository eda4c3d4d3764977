package app.rapport.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A contact's outreach state: the status, since when, and the next follow-up.
 *
 * @param statusSince    when the contact entered the status, {@code null} for an unsaved contact
 * @param followUpOn     the day to follow up, {@code null} when none is planned
 * @param followUpReason why, as the user wrote it
 */
public record Outreach(OutreachStatus status, Instant statusSince, LocalDate followUpOn, String followUpReason) {

    /** A new contact: a prospect with no follow-up. */
    public static final Outreach NEW = new Outreach(OutreachStatus.PROSPECT, null, null, null);

    public Outreach {
        Objects.requireNonNull(status, "status");
        followUpReason = followUpOn == null ? null : Text.blankToNull(followUpReason);
    }

    /** Whole days since the status was entered, in the user's time zone; 0 when unknown. */
    public long daysInStatus(LocalDate today, ZoneId zone) {
        if (statusSince == null) {
            return 0;
        }
        return Math.max(0, ChronoUnit.DAYS.between(statusSince.atZone(zone).toLocalDate(), today));
    }

    /** Whether the follow-up day has passed. */
    public boolean isFollowUpOverdue(LocalDate today) {
        return followUpOn != null && followUpOn.isBefore(today);
    }

    /** Whether the contact asked not to be contacted: no bulk moves, no messages. */
    public boolean isDoNotContact() {
        return status == OutreachStatus.DO_NOT_CONTACT;
    }
}
