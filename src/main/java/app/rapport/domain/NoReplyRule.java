package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * "No reply N days after an outbound message": proposes a follow-up once per unanswered message.
 *
 * @param enabled whether the user switched the rule on
 * @param days    how many days of silence make a follow-up due (default 7)
 */
public record NoReplyRule(boolean enabled, int days) {

    public static final int DEFAULT_DAYS = 7;
    private static final Set<OutreachStatus> AWAITING_REPLY =
            Set.of(OutreachStatus.PROSPECT, OutreachStatus.CONTACTED, OutreachStatus.NEGOTIATING);

    public NoReplyRule {
        if (days < 1 || days > 365) {
            throw new RuleViolation(DomainTexts.text("noReply.daysRange", 1, 365));
        }
    }

    /** What one contact's exchanges look like to the rule. */
    public record Silence(Outreach outreach, Instant lastOutbound, Instant lastInbound, Instant alreadyProposedFor) {
    }

    /**
     * The follow-up day to propose, if the contact's last outbound message has gone unanswered for
     * {@link #days} days, no follow-up is planned, and this message was not proposed for before.
     */
    public Optional<LocalDate> proposal(Silence silence, LocalDate today, ZoneId zone) {
        Instant sent = silence.lastOutbound();
        if (!enabled || sent == null || silence.outreach().followUpOn() != null
                || !AWAITING_REPLY.contains(silence.outreach().status())) {
            return Optional.empty();
        }
        boolean answered = silence.lastInbound() != null && !silence.lastInbound().isBefore(sent);
        boolean proposedBefore = silence.alreadyProposedFor() != null && !silence.alreadyProposedFor().isBefore(sent);
        LocalDate due = sent.atZone(zone).toLocalDate().plusDays(days);
        if (answered || proposedBefore || today.isBefore(due)) {
            return Optional.empty();
        }
        return Optional.of(today);
    }

    /** The reason written on a proposed follow-up. */
    public String reason() {
        return DomainTexts.text("noReply.reason", days);
    }
}
