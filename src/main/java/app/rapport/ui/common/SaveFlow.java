package app.rapport.ui.common;

import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.EditMerge;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * How a form saves one record, the same for contacts, deals and campaigns: a save refused because someone else
 * saved first is compared side by side ({@link EditConflicts}); a save that found the team server out of reach
 * is kept and made once it is back ({@link ServerWait}); any other failure is one sentence.
 *
 * @param <T> the record
 * @param <P> its parts, for the comparison
 */
public final class SaveFlow<T, P extends EditMerge.Part<?>> {

    private final BinaryOperator<T> store;
    private final Class<T> type;
    private final String action;
    private final String sentenceKey;
    private final DialogService dialogs;
    private final ServerWait serverWait;
    private final EditConflicts<T, P> conflicts;

    /**
     * @param store  saves a record and returns it as stored (on the worker thread)
     * @param probe  a cheap read, to ask whether the team server answers again
     * @param action      what the user was doing, for the log: "save the deal"
     * @param sentenceKey the sentence the user reads when the save fails for no reason of its own
     */
    public SaveFlow(Class<T> type, UnaryOperator<T> store, Callable<?> probe, EditConflicts.Kind<T, P> kind,
            String action, String sentenceKey, Background background, DialogService dialogs) {
        this(type, (BinaryOperator<T>) (base, draft) -> store.apply(draft), probe, kind, action, sentenceKey,
                background, dialogs);
    }

    /**
     * For records without a version, whose save compares with the record as the form was filled.
     *
     * @param store saves the draft made from the base, and returns it as stored
     */
    public SaveFlow(Class<T> type, BinaryOperator<T> store, Callable<?> probe, EditConflicts.Kind<T, P> kind,
            String action, String sentenceKey, Background background, DialogService dialogs) {
        this.type = type;
        this.store = store;
        this.action = action;
        this.sentenceKey = sentenceKey;
        this.dialogs = dialogs;
        this.serverWait = new ServerWait(background, probe);
        this.conflicts = new EditConflicts<>(dialogs, kind);
    }

    /**
     * Saves {@code draft}, made from {@code base} (the record as the form was filled; {@code null} for a new one).
     *
     * @param waiting    told when the save waits for the team server
     * @param saved      the record stored before (the base, or theirs after a merge) and the user's record (or
     *                   the merge they chose) as stored now
     * @param tookTheirs the user chose the other person's version, which is stored already: nothing was written
     * @param editing    nothing was saved and the user is back in the form (told why, or chose to go back)
     */
    public void save(T base, T draft, Runnable waiting, BiConsumer<T, T> saved, Consumer<T> tookTheirs,
            Runnable editing) {
        serverWait.save(() -> store.apply(base, draft), waiting, stored -> saved.accept(base, stored), failure -> {
            editing.run();
            if (failure instanceof ChangedElsewhereException changed && base != null) {
                conflicts.resolve(base, draft, changed.current(type), tookTheirs,
                        (theirs, merged) -> save(theirs, merged, waiting, saved, tookTheirs, editing));
            } else {
                dialogs.showError(Errors.describe(failure, action, sentenceKey));
            }
        });
    }

    /** Whether a save is waiting for the team server. */
    public boolean isWaiting() {
        return serverWait.isWaiting();
    }

    /** Drops a save that waits for the team server (the user closed the form without saving). */
    public void drop() {
        serverWait.cancel();
    }
}
