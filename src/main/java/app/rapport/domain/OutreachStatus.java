package app.rapport.domain;

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

    private final String label;
    private final boolean closing;

    OutreachStatus(String label, boolean closing) {
        this.label = label;
        this.closing = closing;
    }

    public String label() {
        return label;
    }

    /** Whether outreach has ended in this status (the board collapses these columns). */
    public boolean isClosing() {
        return closing;
    }

    @Override
    public String toString() {
        return label;
    }
}
