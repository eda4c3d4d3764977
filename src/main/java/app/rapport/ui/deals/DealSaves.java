package app.rapport.ui.deals;

import app.rapport.domain.Deal;
import app.rapport.domain.DealMerge;
import app.rapport.service.DealService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.EditConflicts;
import app.rapport.ui.common.SaveFlow;
import app.rapport.ui.common.Texts;
import app.rapport.ui.common.UndoHistory;
import java.util.function.Consumer;

/**
 * Saving the deal editor: a save refused because someone else saved the deal first compared side by side; a
 * save that found the team server out of reach kept, and made once it is back; a save made undoable.
 */
final class DealSaves {

    /** How deals are compared when two people saved the same one. */
    static final EditConflicts.Kind<Deal, DealMerge.Part> DEALS = new EditConflicts.Kind<>(
            deal -> Texts.text("deals.saves.theDeal", deal.title()),
            mine -> Texts.text("deals.saves.deletedElsewhere", mine.title()),
            DealMerge::differences, DealMerge::merge);

    /** What the editor says while its save waits for the team server. */
    static String waiting() {
        return Texts.text("deals.saves.waiting");
    }

    private final DealService service;
    private final SaveFlow<Deal, DealMerge.Part> flow;
    private UndoHistory history;
    private Runnable afterUndo = () -> { };

    DealSaves(DealService service, Background background, DialogService dialogs) {
        this.service = service;
        this.flow = new SaveFlow<>(Deal.class, service::save, service::answers, DEALS, "save the deal",
                "errors.saves.deal", background, dialogs);
    }

    /** Makes each save an undoable step in {@code history}; {@code refresh} shows the result after undo. */
    void undoableIn(UndoHistory history, Runnable refresh) {
        this.history = history;
        this.afterUndo = refresh;
    }

    /**
     * Saves {@code draft}, made from {@code base} (the deal as opened; {@code null} for a new one).
     *
     * @param waiting told when the save waits for the team server
     * @param done    the deal as stored: the user's, a merge, or theirs when the user took theirs
     * @param editing the save did not happen and the user is back in the editor (told why)
     */
    void save(Deal base, Deal draft, Runnable waiting, Consumer<Deal> done, Runnable editing) {
        flow.save(base, draft, waiting, (before, saved) -> {
            if (history != null) {
                // Undo puts back what was stored before this save: the opened deal, or theirs after a merge.
                DealUndo.recordSave(history, service, before, saved, afterUndo);
            }
            done.accept(saved);
        }, done, editing);
    }

    /** Whether a save is waiting for the team server. */
    boolean isWaiting() {
        return flow.isWaiting();
    }

    /** Drops a save that waits for the team server. */
    void drop() {
        flow.drop();
    }
}
