package app.rapport.domain.search;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What recent word searches found, per contact (by its entry's slot): as the user types on, a contact that did
 * not match the shorter words cannot match the longer ones and is not scanned again; after a backspace, the
 * answer for the earlier words is still here. This keeps a keystroke at 100,000 contacts within a frame.
 */
final class WordMatches {

    /** How many recent searches are remembered: enough to backspace through a long query. */
    private static final int KEPT = 32;

    /** What one list of words found so far: which entries were looked at, and which of those matched. */
    static final class Result {
        private final List<String> words;
        private final BitSet looked = new BitSet();
        private final BitSet matched = new BitSet();

        private Result(List<String> words) {
            this.words = words;
        }

        /** True or false when known, null when this entry has not been looked at for these words. */
        Boolean known(int slot) {
            return looked.get(slot) ? matched.get(slot) : null;
        }

        void remember(int slot, boolean matches) {
            looked.set(slot);
            if (matches) {
                // Only ever set: clearing a bit makes BitSet rescan its words, at every contact.
                matched.set(slot);
            }
        }

        /** Whether a contact known not to match these words cannot match {@code longer} either. */
        private boolean narrows(List<String> longer) {
            return !words.isEmpty() && words.stream().allMatch(w -> longer.stream().anyMatch(l -> l.contains(w)));
        }
    }

    /** The result to fill for a search, and an earlier one it narrows (or null). */
    record Lookup(Result result, Result base) {
        /** Whether the entry matches, if the memory already knows; else null. */
        Boolean known(int slot) {
            Boolean known = result.known(slot);
            if (known == null && base != null && Boolean.FALSE.equals(base.known(slot))) {
                result.remember(slot, false);
                return false;
            }
            return known;
        }
    }

    private final Deque<Result> recent = new ArrayDeque<>();
    /** Answers for filters (everything but the words), by the filters' text, the most recently used last. */
    private final Map<String, Result> filters = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
            return size() > KEPT;
        }
    };

    /** What the filters spelled {@code key} found so far; unlike words, only the very same filters share it. */
    Result filters(String key) {
        return filters.computeIfAbsent(key, k -> new Result(List.of()));
    }

    /** Starts (or resumes) the search for these folded words. */
    Lookup lookup(List<String> words) {
        for (Result r : recent) {
            if (r.words.equals(words)) {
                recent.remove(r);
                recent.addFirst(r);
                return new Lookup(r, null);
            }
        }
        Result base = recent.stream().filter(r -> r.narrows(words)).findFirst().orElse(null);
        Result result = new Result(List.copyOf(words));
        recent.addFirst(result);
        while (recent.size() > KEPT) {
            recent.removeLast();
        }
        return new Lookup(result, base);
    }

    /** Forgets everything, when the searchable texts are rebuilt. */
    void clear() {
        recent.clear();
        filters.clear();
    }
}
