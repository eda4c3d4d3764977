package app.rapport.domain;

import java.time.Instant;
import java.util.Objects;

/** A dated note on how well a creator fits the brand. */
public record FitNote(Long id, Instant notedAt, String text) {

    public FitNote {
        Objects.requireNonNull(notedAt, "notedAt");
        text = Objects.requireNonNull(text, "text").strip();
    }

    public static FitNote at(Instant notedAt, String text) {
        return new FitNote(null, notedAt, text);
    }
}
