package app.rapport.domain.sheet;

/**
 * What a column was taken to hold, and why, in words the import wizard shows ("values look like TikTok handles").
 *
 * @param field  the field it fills, or {@code null} when it is left out
 * @param reason why, in a short phrase
 */
public record ColumnGuess(ImportField field, String reason) {

    public static ColumnGuess of(ImportField field, String reason) {
        return new ColumnGuess(field, reason);
    }

    public static ColumnGuess ignored(String reason) {
        return new ColumnGuess(null, reason);
    }

    public boolean isIgnored() {
        return field == null;
    }
}
