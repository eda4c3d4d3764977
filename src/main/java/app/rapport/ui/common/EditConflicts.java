package app.rapport.ui.common;

import app.rapport.domain.EditMerge;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What happens when a record was saved by someone else while the user edited it: they compare and choose.
 * Contacts, deals and campaigns each say how they differ and merge ({@link Kind}).
 *
 * @param <T> the record
 * @param <P> its parts
 */
public final class EditConflicts<T, P extends EditMerge.Part<?>> {

    /**
     * How one kind of record is named, compared and merged.
     *
     * @param name        the record as the dialog names it: "Luna Bakes", "the deal Winter reel"
     * @param deleted     the sentence when someone deleted it meanwhile
     * @param differences the parts in which the user's and theirs differ, from the version both started from
     * @param merge       the user's record with the chosen parts taken from theirs, at their version
     */
    public record Kind<T, P extends EditMerge.Part<?>>(Function<T, String> name, Function<T, String> deleted,
            Differences<T, P> differences, Merge<T, P> merge) {
    }

    /** Compares two edits of a record made from {@code base}. */
    @FunctionalInterface
    public interface Differences<T, P extends EditMerge.Part<?>> {
        List<EditMerge.Difference<P>> between(T base, T mine, T theirs);
    }

    /** Merges two edits of a record, taking {@code fromTheirs} from theirs. */
    @FunctionalInterface
    public interface Merge<T, P extends EditMerge.Part<?>> {
        T of(T mine, T theirs, Set<P> fromTheirs);
    }

    private final DialogService dialogs;
    private final Kind<T, P> kind;

    public EditConflicts(DialogService dialogs, Kind<T, P> kind) {
        this.dialogs = dialogs;
        this.kind = kind;
    }

    /**
     * Shows their values beside the user's. Taking theirs everywhere hands {@code theirs} to {@code takeTheirs};
     * any other choice hands theirs and the merged record (at their version) to {@code saveMerged}; going back
     * to editing does nothing, and the form keeps the user's values.
     *
     * @param base the record as the user opened it
     */
    public void resolve(T base, T mine, T theirs, Consumer<T> takeTheirs, BiConsumer<T, T> saveMerged) {
        if (theirs == null) {
            dialogs.showError(kind.deleted().apply(mine));
            return;
        }
        List<EditMerge.Difference<P>> differences = kind.differences().between(base, mine, theirs);
        if (differences.isEmpty()) {
            // What is stored is what the user wanted (a save that reached the server before the answer was lost).
            takeTheirs.accept(theirs);
            return;
        }
        dialogs.resolveConflict(kind.name().apply(mine), differences).ifPresent(fromTheirs -> {
            if (fromTheirs.containsAll(EditMerge.allTheirs(differences))) {
                takeTheirs.accept(theirs);
            } else {
                saveMerged.accept(theirs, kind.merge().of(mine, theirs, fromTheirs));
            }
        });
    }
}
