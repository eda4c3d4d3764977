package app.rapport.ui.imports;

import app.rapport.domain.sheet.ExportProgress;
import app.rapport.service.ImportPlan;
import app.rapport.service.ImportReport;
import app.rapport.service.ImportService;
import app.rapport.ui.common.Texts;
import app.rapport.ui.common.UndoHistory;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Puts a finished import in the undo history as one step: undo takes back every row, redo imports them again. */
final class ImportUndo {

    private ImportUndo() {
    }

    static void record(UndoHistory history, String fileName, ImportService service, ImportPlan plan,
            ImportService.OnDuplicate policy, Map<Integer, ImportService.OnDuplicate> rowChoices, ImportReport done) {
        AtomicReference<ImportReport> last = new AtomicReference<>(done);
        history.record(Texts.text("imports.undo.description", fileName), () -> {
            service.undo(last.get());
            return null;
        }, () -> {
            last.set(service.commit(plan, policy, rowChoices, true, ExportProgress.NONE));
            return null;
        });
    }
}
