package app.rapport.ui.common;

import app.rapport.domain.EditMerge;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What happens when a record was saved by someone else while the user edited it: they compare and choose.
 * Contacts, deals and campaigns each say how they differ and merge ({@link Kind}).
 *
 * @param <T> the record
 * @param <P> its parts
 */
public final class EditConflicts<T, P extends EditMerge.Part<?>> {

    /** How one kind of record is named, compared and merged. */
    public interface Kind<T, P extends EditMerge.Part<?>> {

        /** The record as the dialog names it: "Luna Bakes", "the deal Winter reel". */
        String name(T record);

        /** The sentence when someone deleted it meanwhile. */
        String deleted(T mine);

        List<EditMerge.Difference<P>> differences(T base, T mine, T theirs);

        T merge(T mine, T theirs, Set<P> fromTheirs);
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
            dialogs.showError(kind.deleted(mine));
            return;
        }
        List<EditMerge.Difference<P>> differences = kind.differences(base, mine, theirs);
        if (differences.isEmpty()) {
            // What is stored is what the user wanted (a save that reached the server before the answer was lost).
            takeTheirs.accept(theirs);
            return;
        }
        dialogs.resolveConflict(kind.name(mine), differences).ifPresent(fromTheirs -> {
            if (fromTheirs.containsAll(EditMerge.allTheirs(differences))) {
                takeTheirs.accept(theirs);
            } else {
                saveMerged.accept(theirs, kind.merge(mine, theirs, fromTheirs));
            }
        });
    }
}
