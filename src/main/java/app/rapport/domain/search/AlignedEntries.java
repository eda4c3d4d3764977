package app.rapport.domain.search;

import app.rapport.domain.Influencer;
import java.util.List;
import java.util.function.Function;

/**
 * The entries of the list last searched, by position, with what a keystroke's first test reads (characters,
 * pairs, slot) in plain arrays read front to back: entries themselves are scattered over the heap, and at
 * 100,000 contacts fetching each one costs more than the test.
 */
final class AlignedEntries {

    Influencer[] sources = new Influencer[0];
    SearchEntry[] entries = new SearchEntry[0];
    long[] chars = new long[0];
    long[] pairs = new long[0];
    int[] slots = new int[0];

    /** Brings the arrays in line with {@code contacts}; only positions whose contact changed are looked up. */
    void align(List<Influencer> contacts, Function<Influencer, SearchEntry> entryOf) {
        int n = contacts.size();
        if (sources.length != n) {
            sources = new Influencer[n];
            entries = new SearchEntry[n];
            chars = new long[n];
            pairs = new long[n * 4];
            slots = new int[n];
        }
        for (int i = 0; i < n; i++) {
            Influencer contact = contacts.get(i);
            if (sources[i] != contact) {
                SearchEntry entry = entryOf.apply(contact);
                sources[i] = contact;
                entries[i] = entry;
                chars[i] = entry.chars();
                System.arraycopy(entry.pairs(), 0, pairs, i * 4, 4);
                slots[i] = entry.slot();
            }
        }
    }

    int size() {
        return sources.length;
    }
}
