package app.rapport.domain;

/** Where a collaboration stands, in order; Cancelled ends it early. */
public enum DealStage {
    PROPOSED("Proposed"),
    AGREED("Agreed"),
    PRODUCT_SENT("Product sent"),
    CONTENT_LIVE("Content live"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String label;

    DealStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
