package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.time.Instant;
import java.util.Objects;

/**
 * One exchange with a creator: a message sent or received, a call, a meeting.
 *
 * @param summary a short line, such as "Sent the gifting offer"
 * @param details the longer text, if any
 */
public record Interaction(Long id, long contactId, Instant occurredAt, Channel channel, Direction direction,
        String summary, String details) {

    /** How the exchange happened. */
    public enum Channel {
        EMAIL, PLATFORM_DM, COMMENT, PHONE, IN_PERSON, OTHER;

        /** How the exchange happened, in the user's language. */
        public String label() {
            return DomainTexts.text("interaction.channel." + name());
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** Who reached out: the brand (outbound) or the creator (inbound). */
    public enum Direction {
        OUTBOUND, INBOUND;

        /** Who reached out, in the user's language. */
        public String label() {
            return DomainTexts.text("interaction.direction." + name());
        }

        @Override
        public String toString() {
            return label();
        }
    }

    public Interaction {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        summary = Text.blankToNull(summary);
        details = Text.blankToNull(details);
        if (summary == null) {
            throw new RuleViolation(DomainTexts.text("interaction.summaryMissing"));
        }
    }

    /**
     * The status change to offer after logging this interaction: the first outbound message to a prospect
     * offers Contacted, a reply to a contacted creator offers Replied. Never applied silently.
     */
    public OutreachStatus suggestedStatus(OutreachStatus current) {
        if (direction == Direction.OUTBOUND && current == OutreachStatus.PROSPECT) {
            return OutreachStatus.CONTACTED;
        }
        if (direction == Direction.INBOUND && current == OutreachStatus.CONTACTED) {
            return OutreachStatus.REPLIED;
        }
        return null;
    }
}
