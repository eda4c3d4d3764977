package app.rapport.ui.deals;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Influencer;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.Books;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.SystemActions;
import app.rapport.ui.common.UndoHistory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DealsUndoTest {

    @TempDir
    Path folder;

    @Test
    void anEditAndADeleteOfADealAreUndoneAndRedone() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Background background = new Background(Runnable::run, Runnable::run);
        try (Session session = Session.open(folder.resolve("ws"), new MutableClock(
                Instant.parse("2026-11-27T09:00:00Z")))) {
            Influencer luna = session.contacts().save(anInfluencer().named("Luna Bakes").build());
            session.deals().save(new Deal(null, luna.id(), null, "Winter reel", DealStage.AGREED,
                    Money.of("150", "EUR"), null, null, null, List.of(), null, List.of(new Instalment(null,
                            Money.of("150", "EUR"), LocalDate.of(2026, 12, 1), null, null, null, null)), null, null,
                    null, null));
            Books books = new Books(session.deals(), session.campaigns(), session.settings(), session.search(),
                    session.changes(), background, dialogs);
            DealsViewModel deals = new DealsViewModel(session.deals(), session.campaigns(), books.deals(),
                    session.changes(), background, dialogs, new StatusLine(), (SystemActions) null, Locale.UK);
            UndoHistory history = new UndoHistory(background, dialogs, message -> { });
            deals.setHistory(history);
            AtomicReference<DealEditorViewModel> editor = new AtomicReference<>();
            deals.setEditorOpener(editor::set);
            deals.show(luna);

            deals.edit(deals.deals().get(0));
            editor.get().titleProperty().set("Spring reel");
            editor.get().save();
            assertThat(deals.deals()).extracting(Deal::title).containsExactly("Spring reel");
            history.undo();
            assertThat(deals.deals()).extracting(Deal::title).containsExactly("Winter reel");
            history.redo();
            assertThat(deals.deals()).extracting(Deal::title).containsExactly("Spring reel");

            dialogs.willConfirm(true);
            deals.delete(deals.deals().get(0));
            assertThat(deals.deals()).isEmpty();
            history.undo();
            assertThat(deals.deals()).singleElement().satisfies(d -> {
                assertThat(d.title()).isEqualTo("Spring reel");
                assertThat(d.instalments()).hasSize(1);
            });
            assertThat(session.deals().payments()).hasSize(1);
        }
    }

    @Test
    void aDealEditedFromTheCampaignTimelineAndANewDealAreUndoneToo() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Background background = new Background(Runnable::run, Runnable::run);
        try (Session session = Session.open(folder.resolve("ws"), new MutableClock(
                Instant.parse("2026-11-27T09:00:00Z")))) {
            Influencer luna = session.contacts().save(anInfluencer().named("Luna Bakes").build());
            Deal winter = session.deals().save(new Deal(null, luna.id(), null, "Winter reel", DealStage.AGREED,
                    Money.of("150", "EUR"), null, null, null, List.of(), null, List.of(), null, null, null, null));
            UndoHistory history = new UndoHistory(background, dialogs, message -> { });
            AtomicInteger refreshed = new AtomicInteger();

            // As the campaign timeline opens it: an editor on its own, not through the Deals tab.
            DealEditorViewModel editor = new DealEditorViewModel(winter, luna, session.deals(), background, dialogs,
                    Locale.UK, saved -> { }).undoableIn(history, refreshed::incrementAndGet);
            editor.titleProperty().set("Spring reel");
            editor.save();
            history.undo();
            assertThat(session.deals().dealsOf(luna.id())).extracting(Deal::title).containsExactly("Winter reel");
            assertThat(refreshed).hasValue(1);

            DealEditorViewModel fresh = new DealEditorViewModel(null, luna, session.deals(), background, dialogs,
                    Locale.UK, saved -> { }).undoableIn(history, refreshed::incrementAndGet);
            fresh.titleProperty().set("Summer post");
            fresh.save();
            assertThat(session.deals().dealsOf(luna.id())).hasSize(2);
            history.undo();
            assertThat(session.deals().dealsOf(luna.id())).extracting(Deal::title).containsExactly("Winter reel");
            history.redo();
            assertThat(session.deals().dealsOf(luna.id())).extracting(Deal::title)
                    .containsExactlyInAnyOrder("Winter reel", "Summer post");
            history.undo();
            assertThat(session.deals().dealsOf(luna.id())).extracting(Deal::title).containsExactly("Winter reel");
        }
    }
}
