package app.rapport.ui.contacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * The contacts a search keeps, in the source's order. Unlike a {@code FilteredList}, which asks a predicate
 * about every element one by one, it asks the search once for the whole list and gets the kept positions back
 * (see {@code ContactSearch.matches}): at 100,000 contacts that is the difference between a keystroke that
 * takes several frames and one that takes a few milliseconds.
 */
public final class MatchedList<E> extends TransformationList<E, E> {

    private Function<List<E>, BitSet> matcher;
    /** Positions in the source of the elements shown, ascending. */
    private int[] shown = new int[0];
    /** The elements shown, as they were when last filtered: what a change reports as removed. */
    private List<E> shownElements = List.of();

    public MatchedList(ObservableList<E> source) {
        super(source);
        refilter(true);
    }

    /** Shows what {@code newMatcher} keeps of the source, or everything for null. */
    public void setMatcher(Function<List<E>, BitSet> newMatcher) {
        this.matcher = newMatcher;
        refilter(false);
    }

    /** @param sourceChanged whether the source changed, so the same positions may now hold other elements */
    private void refilter(boolean sourceChanged) {
        @SuppressWarnings("unchecked")
        List<E> source = (List<E>) getSource();
        int total = source.size();
        int[] now;
        if (matcher == null) {
            now = new int[total];
            Arrays.setAll(now, i -> i);
        } else {
            now = matcher.apply(source).stream().filter(i -> i < total).toArray();
        }
        if (!sourceChanged && Arrays.equals(now, shown)) {
            // Typing on often keeps the same contacts: the table need not hear about it.
            return;
        }
        List<E> removed = shownElements;
        List<E> current = new ArrayList<>(now.length);
        for (int i : now) {
            current.add(source.get(i));
        }
        shown = now;
        shownElements = current;
        beginChange();
        nextReplace(0, now.length, removed);
        endChange();
    }

    @Override
    protected void sourceChanged(ListChangeListener.Change<? extends E> change) {
        // Any change to the contacts is answered by filtering them again: a few milliseconds even at 100,000.
        refilter(true);
    }

    @Override
    public int getSourceIndex(int index) {
        if (index < 0 || index >= shown.length) {
            throw new IndexOutOfBoundsException(index);
        }
        return shown[index];
    }

    @Override
    public int getViewIndex(int index) {
        int found = Arrays.binarySearch(shown, index);
        return found < 0 ? -1 : found;
    }

    @Override
    public E get(int index) {
        if (index < 0 || index >= shown.length) {
            throw new IndexOutOfBoundsException(index);
        }
        return shownElements.get(index);
    }

    @Override
    public int size() {
        return shown.length;
    }
}
