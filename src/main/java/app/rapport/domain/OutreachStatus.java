package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;

/** Where a creator stands in the outreach: the columns of the pipeline board, in order. */
public enum OutreachStatus {
    PROSPECT("Prospect", false),
    CONTACTED("Contacted", false),
    REPLIED("Replied", false),
    NEGOTIATING("Negotiating", false),
    PARTNER("Partner", false),
    DECLINED("Declined", true),
    NOT_A_FIT("Not a fit", true),
    DO_NOT_CONTACT("Do not contact", true);

    private final String englishWord;
    private final boolean closing;

    OutreachStatus(String englishWord, boolean closing) {
        this.englishWord = englishWord;
        this.closing = closing;
    }

    /** The status as the user reads it, in the user's language. */
    public String label() {
        return DomainTexts.text("outreach.status." + name());
    }

    /**
     * The status in English whatever the window speaks: what sheets exported for other programs carry, and what
     * imports and searches read back, so a file means the same on every computer.
     */
    public String englishWord() {
        return englishWord;
    }

    /** Whether outreach has ended in this status (the board collapses these columns). */
    public boolean isClosing() {
        return closing;
    }

    @Override
    public String toString() {
        return label();
    }
}
