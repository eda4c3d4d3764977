package app.rapport.ui.common;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Change.Kind;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Influencer;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.search.SavedView;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared books beside the contacts, on a real workspace: a committed change reads again only the records it
 * names, a contact's trip to the Trash takes its deals along and back, and a change that arrives while a read is
 * on its way is read after it.
 */
class RecordBookTest {

    @TempDir
    Path folder;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Session session;
    private Influencer luna;

    @BeforeEach
    void open() {
        session = Session.open(folder.resolve("ws"), new MutableClock(Instant.parse("2026-11-27T09:00:00Z")));
        luna = session.contacts().save(anInfluencer().named("Luna Bakes").build());
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** The workspace's own deal reads, counted: the book must ask by id after its first whole read. */
    private final class CountingDeals implements RecordBook.Source<Deal> {
        int wholeReads;
        final List<Collection<Long>> idReads = new ArrayList<>();

        @Override
        public List<Deal> all() {
            wholeReads++;
            return session.deals().deals();
        }

        @Override
        public List<Deal> withIds(Collection<Long> ids) {
            idReads.add(List.copyOf(ids));
            return session.deals().dealsWithIds(ids);
        }
    }

    private RecordBook<Deal> dealBook(RecordBook.Source<Deal> source, Background background) {
        return new RecordBook<>(Kind.DEAL, Deal::id, Comparator.comparing(Deal::id), source, session.changes(),
                background, dialogs, "load the deals", "common.errors.loadDeals");
    }

    private Deal aDeal(String title) {
        return session.deals().save(new Deal(null, luna.id(), null, title, DealStage.AGREED, Money.of("150", "EUR"),
                null, null, null, List.of(), null, List.of(new Instalment(null, Money.of("150", "EUR"),
                        LocalDate.of(2026, 12, 1), null, null, null, null)), null, null, null, null));
    }

    @Test
    void aChangeReadsAgainOnlyTheDealsItNames() {
        Deal winter = aDeal("Winter reel");
        aDeal("Spring reel");
        CountingDeals source = new CountingDeals();
        RecordBook<Deal> book = dealBook(source, new Background(Runnable::run, Runnable::run));
        book.load();
        book.load();
        assertThat(source.wholeReads).isEqualTo(1);

        long instalment = winter.instalments().get(0).id();
        session.deals().markPaid(winter.id(), instalment, LocalDate.of(2026, 11, 26));
        Deal summer = aDeal("Summer reel");
        session.deals().delete(winter.id());

        assertThat(source.wholeReads).isEqualTo(1);
        assertThat(source.idReads).containsExactly(List.of(winter.id()), List.of(summer.id()), List.of(winter.id()));
        assertThat(book.records()).extracting(Deal::title).containsExactly("Spring reel", "Summer reel");
        assertThat(book.records()).isEqualTo(session.deals().deals());
        assertThatThrownBy(() -> book.records().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aContactMovedToTheTrashTakesItsDealsAlongAndBringsThemBack() {
        aDeal("Winter reel");
        Influencer other = session.contacts().save(anInfluencer().named("Kai Cooks").build());
        Background background = new Background(Runnable::run, Runnable::run);
        Books books = new Books(session.deals(), session.campaigns(), session.settings(), session.search(),
                session.changes(), background, dialogs);
        books.deals().load();
        assertThat(books.deals().records()).hasSize(1);

        session.contacts().delete(luna.id());
        assertThat(books.deals().records()).isEmpty();
        session.contacts().delete(other.id());
        session.contacts().restore(luna.id());
        assertThat(books.deals().records()).extracting(Deal::title).containsExactly("Winter reel");
    }

    @Test
    void aChangeArrivingWhileTheFirstReadIsOnItsWayIsReadAfterIt() {
        aDeal("Winter reel");
        Queue<Runnable> worker = new ArrayDeque<>();
        RecordBook<Deal> book = dealBook(new CountingDeals(), new Background(worker::add, Runnable::run));
        book.load();
        Deal spring = aDeal("Spring reel");
        session.deals().save(spring.withStage(DealStage.PRODUCT_SENT));

        // One read at a time: the id reads wait for the whole read, so an older answer never lands last.
        assertThat(worker).hasSize(1);
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        assertThat(book.records()).isEqualTo(session.deals().deals());
        assertThat(book.records()).extracting(Deal::stage).containsExactly(DealStage.AGREED, DealStage.PRODUCT_SENT);
    }

    @Test
    void savedViewsKeepTheSidebarOrderAsTheyMove() {
        Background background = new Background(Runnable::run, Runnable::run);
        Books books = new Books(session.deals(), session.campaigns(), session.settings(), session.search(),
                session.changes(), background, dialogs);
        books.views().load();
        session.search().saveView(new SavedView(null, "Bakers", "tag:baking", "", List.of(), 0));
        session.search().saveView(new SavedView(null, "Overdue", "follow-up:overdue", "", List.of(), 0));
        List<SavedView> before = List.copyOf(books.views().records());
        assertThat(before).extracting(SavedView::name).endsWith("Bakers", "Overdue");

        session.search().moveView(before.get(before.size() - 1).id(), -1);

        assertThat(books.views().records()).extracting(SavedView::name).endsWith("Overdue", "Bakers");
        assertThat(books.views().records()).isEqualTo(session.search().views());
    }
}
