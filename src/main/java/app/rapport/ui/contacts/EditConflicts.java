package app.rapport.ui.contacts;

import app.rapport.domain.ContactMerge;
import app.rapport.domain.Influencer;
import app.rapport.ui.common.DialogService;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** What happens when a contact was saved by someone else while the user edited it: they compare and choose. */
final class EditConflicts {

    private EditConflicts() {
    }

    /**
     * Shows their values beside the user's. Taking theirs everywhere hands {@code theirs} to {@code takeTheirs};
     * any other choice hands theirs and the merged contact (at their version) to {@code saveMerged}; going back
     * to editing does nothing, and the form keeps the user's values.
     */
    static void resolve(DialogService dialogs, Influencer base, Influencer mine, Influencer theirs,
            Consumer<Influencer> takeTheirs, BiConsumer<Influencer, Influencer> saveMerged) {
        if (theirs == null) {
            dialogs.showError("Someone else deleted " + mine.displayName() + " while you were editing; your "
                    + "changes are still in the form: copy what you need, or restore the contact from the Trash.");
            return;
        }
        List<ContactMerge.Difference> differences = ContactMerge.differences(base, mine, theirs);
        if (differences.isEmpty()) {
            // What is stored is what the user wanted (a save that reached the server before the answer was lost).
            takeTheirs.accept(theirs);
            return;
        }
        dialogs.resolveConflict(mine.displayName(), differences).ifPresent(fromTheirs -> {
            if (fromTheirs.containsAll(differences.stream().map(ContactMerge.Difference::part).toList())) {
                takeTheirs.accept(theirs);
            } else {
                saveMerged.accept(theirs, ContactMerge.merge(mine, theirs, fromTheirs));
            }
        });
    }
}
