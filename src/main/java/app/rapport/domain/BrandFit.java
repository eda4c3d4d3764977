package app.rapport.domain;

import java.util.List;

/**
 * How well a creator fits the brand.
 *
 * @param rating   1 (poor) to 5 (perfect), {@code null} when not yet judged
 * @param redFlags anything that speaks against working together
 * @param notes    dated notes, oldest first
 */
public record BrandFit(Integer rating, String redFlags, List<FitNote> notes) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final BrandFit NONE = new BrandFit(null, null, List.of());

    public BrandFit {
        redFlags = Text.blankToNull(redFlags);
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    /** The newest note, if any. */
    public FitNote latestNote() {
        return notes.stream().reduce((a, b) -> b.notedAt().isBefore(a.notedAt()) ? a : b).orElse(null);
    }
}
