package app.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Deal;
import app.rapport.domain.DealMerge;
import app.rapport.domain.DealStage;
import app.rapport.domain.Deliverable;
import app.rapport.domain.EditMerge;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.Platform;
import app.rapport.testing.ShownDialog;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The side-by-side comparison as the user sees it for a deal, rendered, and what each button returns. */
class ConflictDialogTest {

    @RegisterExtension
    final ShownDialog<Set<DealMerge.Part>> shown = new ShownDialog<>();

    private static Deal deal(String title, String fee, String notes, LocalDate paidOn, int reels) {
        return new Deal(5L, 7L, null, title, DealStage.AGREED, Money.of(fee, "EUR"), null, null, null,
                List.of(new Deliverable(1L, Deliverable.Type.REEL, Platform.INSTAGRAM, reels,
                        LocalDate.of(2026, 12, 4), null, null, null), new Deliverable(2L, Deliverable.Type.STORY,
                        Platform.INSTAGRAM, 3, null, null, null, null)), null,
                List.of(new Instalment(11L, Money.of(fee, "EUR"), LocalDate.of(2026, 12, 1), null, "Bank transfer",
                        null, paidOn)), notes, null, null, null, 1);
    }

    @Test
    void aDealsDifferencesShowSideBySideAndThePickedRowsComeBack() throws Exception {
        Deal base = deal("Winter reel", "150", null, null, 1);
        Deal mine = deal("Winter reel and stories", "180", null, null, 2);
        Deal theirs = deal("Winter reel", "200", "Asked for a second draft", LocalDate.of(2026, 11, 26), 1);
        List<EditMerge.Difference<DealMerge.Part>> differences = DealMerge.differences(base, mine, theirs);
        Dialog<Set<DealMerge.Part>> dialog = shown.showStyled(
                () -> ConflictDialog.build(null, "the deal Winter reel and stories", differences));
        shown.picture("conflict.png");

        // Every differing part has a row; the parts only they changed start on theirs, the rest on mine.
        RadioButton theirsFee = (RadioButton) dialog.getDialogPane().lookup("#theirs-FEE");
        RadioButton mineNotes = (RadioButton) dialog.getDialogPane().lookup("#mine-NOTES");
        assertThat(theirsFee.getText()).isEqualTo("200.00 EUR");
        assertThat(theirsFee.isSelected()).isFalse();
        assertThat(((RadioButton) dialog.getDialogPane().lookup("#theirs-NOTES")).isSelected()).isTrue();
        assertThat(((RadioButton) dialog.getDialogPane().lookup("#theirs-INSTALMENTS")).getText())
                .contains("paid 2026-11-26");

        ButtonType picked = shown.buttonType("Save as picked");
        shown.interact(() -> {
            theirsFee.setSelected(true);
            mineNotes.setSelected(true);
            ((Button) dialog.getDialogPane().lookupButton(picked)).fire();
        });
        // The payments both changed (my amount, their payment) stay on mine unless picked.
        assertThat(dialog.getResult()).containsExactly(DealMerge.Part.FEE);
    }
}
