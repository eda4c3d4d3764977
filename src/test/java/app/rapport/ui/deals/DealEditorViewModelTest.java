package app.rapport.ui.deals;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Deal;
import app.rapport.domain.DealMerge;
import app.rapport.domain.DealStage;
import app.rapport.domain.Deliverable;
import app.rapport.domain.Influencer;
import app.rapport.domain.Money;
import app.rapport.domain.Platform;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DealEditorViewModelTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Deal> saved = new ArrayList<>();
    @AutoClose
    private Session session;
    private Influencer luna;

    @BeforeEach
    void open() {
        session = Session.open(folder, clock);
        luna = session.contacts().save(anInfluencer().named("Luna Bakes")
                .withAccount(Platform.INSTAGRAM, "luna.bakes", 1000).build());
    }

    private DealEditorViewModel editor(Deal deal, Locale locale) {
        return new DealEditorViewModel(deal, luna, session.deals(), new Background(Runnable::run, Runnable::run),
                dialogs, locale, saved::add);
    }

    @Test
    void amountsAreReadInTheUsersLocaleAndAmbiguityBlocksSaving() {
        DealEditorViewModel german = editor(null, Locale.GERMANY);

        german.feeAmountProperty().set("1.200,50");
        assertThat(german.validProperty().get()).isTrue();

        german.feeAmountProperty().set("1,200.50");
        assertThat(german.validProperty().get()).isFalse();
        assertThat(german.problemProperty().get()).contains("could mean two amounts").contains("1.200,50");
    }

    @Test
    void aTitleIsRequiredAndEveryInstalmentNeedsAnAmount() {
        DealEditorViewModel editor = editor(null, Locale.UK);
        assertThat(editor.titleProperty().get()).isEqualTo("Collaboration with Luna Bakes");

        editor.titleProperty().set(" ");
        assertThat(editor.problemProperty().get()).startsWith("Give the deal a title");
        editor.titleProperty().set("Winter reel");
        InstalmentRow row = editor.addInstalment();
        assertThat(editor.problemProperty().get()).isEqualTo("Enter the amount of each instalment.");
        row.amountProperty().set("75");
        assertThat(editor.validProperty().get()).isTrue();
    }

    @Test
    void splittingTheFeeGivesTheRemainderToTheLastInstalment() {
        DealEditorViewModel editor = editor(null, Locale.UK);
        editor.feeAmountProperty().set("100");

        editor.splitFee(3);

        assertThat(editor.instalments()).extracting(r -> r.amountProperty().get())
                .containsExactly("33.33", "33.33", "33.34");
    }

    @Test
    void aGiftNeedsADescriptionOnceTicked() {
        DealEditorViewModel editor = editor(null, Locale.UK);
        editor.hasGiftProperty().set(true);
        assertThat(editor.problemProperty().get()).isEqualTo("Describe the gifted product.");
        editor.giftDescriptionProperty().set("Candle set");
        editor.giftValueProperty().set("64");
        assertThat(editor.validProperty().get()).isTrue();
    }

    @Test
    void completingWithUnpaidWorkAsksFirstAndSavesOnlyOnYes() {
        DealEditorViewModel editor = editor(null, Locale.UK);
        editor.feeAmountProperty().set("150");
        editor.splitFee(2);
        editor.addDeliverable().statusProperty().set(Deliverable.Status.APPROVED);
        editor.stageProperty().set(DealStage.COMPLETED);

        dialogs.willConfirm(false);
        editor.save();
        assertThat(saved).isEmpty();
        assertThat(dialogs.asked).singleElement().asString()
                .contains("2 instalments are not paid and 1 deliverable is not published");

        dialogs.willConfirm(true);
        editor.save();
        assertThat(saved).singleElement().satisfies(d -> assertThat(d.stage()).isEqualTo(DealStage.COMPLETED));
        assertThat(editor.closedProperty().get()).isTrue();
    }

    @Test
    void editingKeepsWhatWasStored() {
        DealEditorViewModel first = editor(null, Locale.UK);
        first.feeAmountProperty().set("150");
        first.currencyProperty().set("GBP");
        first.splitFee(2);
        first.save();

        DealEditorViewModel again = editor(saved.get(0), Locale.UK);

        assertThat(again.feeAmountProperty().get()).isEqualTo("150.00");
        assertThat(again.currencyProperty().get()).isEqualTo("GBP");
        assertThat(again.instalments()).hasSize(2);
        assertThat(again.validProperty().get()).isTrue();
    }

    @Test
    void aDealSavedBySomeoneElseMeanwhileIsComparedAndTheChosenPartsAreSaved() {
        DealEditorViewModel first = editor(null, Locale.UK);
        first.titleProperty().set("Winter reel");
        first.feeAmountProperty().set("150");
        first.save();
        Deal opened = saved.get(0);
        DealEditorViewModel mine = editor(opened, Locale.UK);
        Deal theirs = session.deals().save(new Deal(opened.id(), opened.contactId(), null, opened.title(),
                opened.stage(), Money.of("200", "EUR"), null, null, null, null, null, null, "Asked for two drafts",
                null, opened.createdAt(), opened.updatedAt(), opened.version()));

        mine.titleProperty().set("Winter reel and stories");
        mine.feeAmountProperty().set("180");
        // Keep mine: my title and fee, their notes (only they changed them).
        dialogs.willResolveConflict(EnumSet.of(DealMerge.Part.NOTES));
        mine.save();

        assertThat(dialogs.asked).contains("conflict: the deal Winter reel and stories");
        assertThat(dialogs.conflictShown).extracting(d -> (Object) d.part()).containsExactly(DealMerge.Part.TITLE,
                DealMerge.Part.FEE, DealMerge.Part.NOTES);
        Deal stored = session.deals().dealsOf(luna.id()).get(0);
        assertThat(stored.title()).isEqualTo("Winter reel and stories");
        assertThat(stored.fee()).isEqualTo(Money.of("180", "EUR"));
        assertThat(stored.notes()).isEqualTo("Asked for two drafts");
        assertThat(stored.version()).isGreaterThan(theirs.version());
        assertThat(mine.closedProperty().get()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void takingTheirsWritesNothingAndGoingBackKeepsTheEditorOpen() {
        DealEditorViewModel first = editor(null, Locale.UK);
        first.save();
        Deal opened = saved.get(0);
        Deal theirs = session.deals().save(opened.withStage(DealStage.AGREED));
        DealEditorViewModel mine = editor(opened, Locale.UK);
        mine.titleProperty().set("Spring reel");

        dialogs.willResolveConflict(null);
        mine.save();
        assertThat(mine.closedProperty().get()).isFalse();
        assertThat(mine.savingProperty().get()).isFalse();
        assertThat(mine.titleProperty().get()).isEqualTo("Spring reel");

        dialogs.willResolveConflict(EnumSet.allOf(DealMerge.Part.class));
        mine.save();
        assertThat(mine.closedProperty().get()).isTrue();
        assertThat(saved).last().isEqualTo(theirs);
        assertThat(session.deals().dealsOf(luna.id())).containsExactly(theirs);
    }

    @Test
    void aDealDeletedMeanwhileSaysSoAndKeepsTheEditorOpen() {
        DealEditorViewModel first = editor(null, Locale.UK);
        first.save();
        DealEditorViewModel mine = editor(saved.get(0), Locale.UK);
        session.deals().delete(saved.get(0).id());

        mine.titleProperty().set("Spring reel");
        mine.save();

        assertThat(dialogs.errors).singleElement().asString().startsWith("Someone else deleted the deal Spring reel");
        assertThat(mine.closedProperty().get()).isFalse();
    }
}
