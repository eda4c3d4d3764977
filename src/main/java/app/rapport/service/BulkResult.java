package app.rapport.service;

/**
 * What a bulk change did.
 *
 * @param changed how many contacts it changed
 * @param skipped how many it left alone because they asked not to be contacted
 * @param undo    how to take it back
 */
public record BulkResult(int changed, int skipped, Undo undo) {

    /** A short sentence for the status bar. */
    public String summary(String action) {
        String text = action + " for " + changed + (changed == 1 ? " contact" : " contacts");
        return skipped == 0 ? text + "." : text + "; skipped " + skipped + " marked Do not contact.";
    }
}
