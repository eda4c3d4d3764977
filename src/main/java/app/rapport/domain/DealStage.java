package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;

/** Where a collaboration stands, in order; Cancelled ends it early. */
public enum DealStage {
    PROPOSED("Proposed"),
    AGREED("Agreed"),
    PRODUCT_SENT("Product sent"),
    CONTENT_LIVE("Content live"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String englishWord;

    DealStage(String englishWord) {
        this.englishWord = englishWord;
    }

    /** The stage as the user reads it, in the user's language. */
    public String label() {
        return DomainTexts.text("deal.stage." + name());
    }

    /** The stage in English whatever the window speaks, for files written for other programs. */
    public String englishWord() {
        return englishWord;
    }

    @Override
    public String toString() {
        return label();
    }
}
