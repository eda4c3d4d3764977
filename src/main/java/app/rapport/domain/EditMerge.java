package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Two edits of one record made from the same stored version: what differs between them, part by part. Knowing
 * the version both started from tells which side changed a part, so a part only they changed is not put back
 * to the old value by accident. {@link ContactMerge}, {@link DealMerge} and {@link CampaignMerge} name the
 * parts of each kind of record and build the merged one.
 */
public final class EditMerge {

    /** A part of a record the user chooses between, as the user reads it. */
    public interface Part<T> {

        /** Its label's key and how it reads. */
        Shown<T> shown();

        /** The part's name in the user's language. */
        default String label() {
            return DomainTexts.text(shown().labelKey());
        }

        /** The part of {@code record} as text ("" when empty). */
        default String of(T record) {
            return shown().text().apply(record);
        }
    }

    /** The key of a part's label in the domain bundle, and the part of a record as text. */
    public record Shown<T>(String labelKey, Function<T, String> text) {
    }

    /**
     * A part that differs: their stored value, the user's, and who changed it since the version both started
     * from ({@code byMe} and {@code byThem} may both be true: a real clash).
     */
    public record Difference<P extends Part<?>>(P part, String theirs, String mine, boolean byMe, boolean byThem) {

        /** Whether the user's value is the one to offer first: theirs, unless the user changed it. */
        public boolean mineFirst() {
            return byMe;
        }
    }

    private EditMerge() {
    }

    /** The parts, in the order given, in which {@code mine} and {@code theirs} differ. */
    public static <T, P extends Part<T>> List<Difference<P>> differences(List<P> parts, T base, T mine, T theirs) {
        List<Difference<P>> differences = new ArrayList<>();
        for (P part : parts) {
            String baseValue = part.of(base);
            String mineValue = part.of(mine);
            String theirValue = part.of(theirs);
            if (!mineValue.equals(theirValue)) {
                differences.add(new Difference<>(part, theirValue, mineValue, !mineValue.equals(baseValue),
                        !theirValue.equals(baseValue)));
            }
        }
        return differences;
    }

    /** What "keep mine" means: the user's value for each part they changed, theirs for every part only they did. */
    public static <P extends Part<?>> Set<P> theirsUnlessChangedByMe(List<Difference<P>> differences) {
        Set<P> fromTheirs = new LinkedHashSet<>();
        differences.stream().filter(d -> !d.byMe()).forEach(d -> fromTheirs.add(d.part()));
        return fromTheirs;
    }

    /** What "take theirs" means: every part that differs. */
    public static <P extends Part<?>> Set<P> allTheirs(List<Difference<P>> differences) {
        Set<P> fromTheirs = new LinkedHashSet<>();
        differences.forEach(d -> fromTheirs.add(d.part()));
        return fromTheirs;
    }
}
