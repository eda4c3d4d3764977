package app.rapport.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A piece of content the creator will make. */
public record Deliverable(Long id, Type type, Platform platform, int quantity, LocalDate dueOn, Status status,
        String link, LocalDate publishedOn) {

    /** The kind of content. */
    public enum Type {
        FEED_POST("Feed post"), REEL("Reel / short"), STORY("Story"), VIDEO("Video"), LIVE("Live"),
        BLOG_POST("Blog post"), REVIEW("Review"), UGC("UGC raw footage"), OTHER("Other");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** How far the content is. */
    public enum Status {
        PLANNED("Planned"), DRAFT_RECEIVED("Draft received"), APPROVED("Approved"), PUBLISHED("Published");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public Deliverable {
        Objects.requireNonNull(type, "type");
        status = status == null ? Status.PLANNED : status;
        link = Text.blankToNull(link);
        if (quantity < 1) {
            throw new RuleViolation("A deliverable needs a quantity of 1 or more.");
        }
    }
}
