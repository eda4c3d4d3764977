package app.rapport.ui.common;

import app.rapport.domain.Change;
import app.rapport.domain.Change.Kind;
import app.rapport.service.ChangeFeed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every record of one kind (deals, campaigns, templates, saved views), held once for all the screens that show it
 * and kept current by the change feed: a committed change reads again only the records it names and puts them in
 * place, in the book's order. Screens observe {@link #records()}, which they cannot change.
 *
 * <p>Reads run one after another, so a read started after a change never lands before one started earlier, and
 * a change that arrives while the first whole read is on its way is read after it.
 */
public final class RecordBook<T> {

    /** Where a book reads its records. */
    public interface Source<T> {

        /** Every record, in any order. */
        List<T> all();

        /** The records with these ids that still exist (and are shown). */
        List<T> withIds(Collection<Long> ids);
    }

    /** A change naming more records than this reads the whole book again: one query beats many lists of ids. */
    private static final int MOST_IDS_READ_BY_ID = 2_000;

    private final ObservableList<T> records = FXCollections.observableArrayList();
    private final ObservableList<T> readOnly = FXCollections.unmodifiableObservableList(records);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final Kind kind;
    private final Function<T, Long> idOf;
    private final Comparator<T> order;
    private final Source<T> source;
    private final Background background;
    private final DialogService dialogs;
    private final String what;
    private final String whatSentence;
    private final Queue<Read<T>> waiting = new ArrayDeque<>();
    private boolean asked;
    private boolean reading;

    /** One read: what it fetches, and which records shown it answers for (those it does not return are gone). */
    private record Read<T>(Callable<List<T>> fetch, Predicate<T> answersFor) {
    }

    /**
     * @param what         what a failed read was doing, for the log ("load the deals")
     * @param whatSentence the key of the sentence the user sees then ({@code common.errors.loadDeals})
     */
    public RecordBook(Kind kind, Function<T, Long> idOf, Comparator<T> order, Source<T> source, ChangeFeed changes,
            Background background, DialogService dialogs, String what, String whatSentence) {
        this.kind = kind;
        this.idOf = idOf;
        this.order = order;
        this.source = source;
        this.background = background;
        this.dialogs = dialogs;
        this.what = what;
        this.whatSentence = whatSentence;
        changes.follow(change -> background.onUi(() -> follow(change)));
    }

    /** Reads every record the first time a screen needs them; later calls do nothing (changes keep it current). */
    public void load() {
        if (asked) {
            return;
        }
        asked = true;
        enqueue(new Read<>(source::all, record -> true));
    }

    /**
     * Reads again the records {@code fetch} returns, in place of those {@code answersFor} picks: for a change that
     * alters which records show without naming them (a contact moved to the Trash takes its deals along).
     */
    public void readAgain(Callable<List<T>> fetch, Predicate<T> answersFor) {
        if (asked) {
            enqueue(new Read<>(fetch, answersFor));
        }
    }

    private void follow(Change change) {
        if (!asked || !change.touches(kind)) {
            return;
        }
        Set<Long> ids = change.ids(kind);
        if (ids.size() > MOST_IDS_READ_BY_ID) {
            enqueue(new Read<>(source::all, record -> true));
        } else {
            enqueue(new Read<>(() -> source.withIds(ids), record -> ids.contains(idOf.apply(record))));
        }
    }

    private void enqueue(Read<T> read) {
        waiting.add(read);
        if (!reading) {
            next();
        }
    }

    private void next() {
        Read<T> read = waiting.poll();
        if (read == null) {
            reading = false;
            return;
        }
        reading = true;
        background.run(read.fetch(), fresh -> {
            merge(read.answersFor(), fresh);
            loaded.set(true);
            next();
        }, failure -> {
            dialogs.showError(Errors.describe(failure, what, whatSentence));
            if (!loaded.get()) {
                // The first read failed: the next screen that needs the records asks again.
                asked = false;
                waiting.clear();
            }
            next();
        });
    }

    /** Replaces, removes and adds so that the records {@code answersFor} picks are exactly {@code fresh}. */
    void merge(Predicate<T> answersFor, List<T> fresh) {
        Map<Long, T> byId = new LinkedHashMap<>();
        fresh.forEach(r -> byId.put(idOf.apply(r), r));
        for (int i = records.size() - 1; i >= 0; i--) {
            T shown = records.get(i);
            Long id = idOf.apply(shown);
            T now = byId.remove(id);
            if (now != null) {
                if (!now.equals(shown)) {
                    records.set(i, now);
                }
            } else if (answersFor.test(shown)) {
                records.remove(i);
            }
        }
        if (!byId.isEmpty()) {
            List<T> added = new ArrayList<>(byId.values());
            records.addAll(added);
        }
        if (!isInOrder()) {
            FXCollections.sort(records, order);
        }
    }

    private boolean isInOrder() {
        for (int i = 1; i < records.size(); i++) {
            if (order.compare(records.get(i - 1), records.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The records, in the book's order; they change only as the workspace does. */
    public ObservableList<T> records() {
        return readOnly;
    }

    /** Whether the records have been read once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
