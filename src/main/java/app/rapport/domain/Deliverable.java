package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.time.LocalDate;
import java.util.Objects;

/** A piece of content the creator will make. */
public record Deliverable(Long id, Type type, Platform platform, int quantity, LocalDate dueOn, Status status,
        String link, LocalDate publishedOn) {

    /** The kind of content. */
    public enum Type {
        FEED_POST("Feed post"), REEL("Reel / short"), STORY("Story"), VIDEO("Video"), LIVE("Live"),
        BLOG_POST("Blog post"), REVIEW("Review"), UGC("UGC raw footage"), OTHER("Other");

        private final String englishWord;

        Type(String englishWord) {
            this.englishWord = englishWord;
        }

        /** The kind of content, in the user's language. */
        public String label() {
            return DomainTexts.text("deliverable.type." + name());
        }

        /** The same in English whatever the window speaks, for files and the change log, which stay in English. */
        public String englishWord() {
            return englishWord;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** How far the content is. */
    public enum Status {
        PLANNED("Planned"), DRAFT_RECEIVED("Draft received"), APPROVED("Approved"), PUBLISHED("Published");

        private final String englishWord;

        Status(String englishWord) {
            this.englishWord = englishWord;
        }

        /** How far the content is, in the user's language. */
        public String label() {
            return DomainTexts.text("deliverable.status." + name());
        }

        /** The same in English whatever the window speaks, for files and the change log, which stay in English. */
        public String englishWord() {
            return englishWord;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    public Deliverable {
        Objects.requireNonNull(type, "type");
        status = status == null ? Status.PLANNED : status;
        link = Text.blankToNull(link);
        if (quantity < 1) {
            throw new RuleViolation(DomainTexts.text("deliverable.quantityMissing"));
        }
    }
}
