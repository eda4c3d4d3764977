package app.rapport.ui.deals;

import app.rapport.domain.Deal;
import app.rapport.service.DealService;
import app.rapport.ui.common.Texts;
import app.rapport.ui.common.UndoHistory;
import java.util.concurrent.atomic.AtomicReference;

/** How a saved deal goes into the undo history, from whichever screen its editor was opened. */
final class DealUndo {

    private DealUndo() {
    }

    /**
     * Undo puts the deal back as it was ({@code original}), or removes it when it was new; redo saves it again.
     * {@code after} shows the result on the screens that list deals.
     */
    static void recordSave(UndoHistory history, DealService service, Deal original, Deal saved, Runnable after) {
        if (original != null) {
            // Each step saves from the version the last one stored, so it fails only if someone saved in between.
            AtomicReference<Deal> stored = new AtomicReference<>(saved);
            history.record(Texts.text("deals.undo.change", saved.title()),
                    () -> stored.updateAndGet(now -> service.save(original.withVersion(now.version()))),
                    () -> stored.updateAndGet(now -> service.save(saved.withVersion(now.version()))), after);
            return;
        }
        // A new deal removed by undo gets a new id when redo adds it again; the next undo removes that one.
        AtomicReference<Deal> current = new AtomicReference<>(saved);
        history.record(Texts.text("deals.undo.newDeal", saved.title()), () -> {
            service.delete(current.get().id());
            return null;
        }, () -> current.getAndSet(service.save(saved.withId(null))), after);
    }
}
