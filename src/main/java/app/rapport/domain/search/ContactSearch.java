package app.rapport.domain.search;

import app.rapport.domain.Countries;
import app.rapport.domain.FitNote;
import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Text;
import app.rapport.domain.text.DomainTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Runs searches over contacts. Each contact's searchable text is folded once and kept until the contact
 * changes, so a keystroke costs a {@code contains} per contact and word, never a database query.
 * Not thread-safe: one screen or one command uses it.
 */
public final class ContactSearch {

    private final Map<Long, SearchEntry> texts = new HashMap<>();
    /** The same entries by the contact record itself: the lookup a keystroke makes for every contact. */
    private final Map<Influencer, SearchEntry> byRecord = new IdentityHashMap<>();
    private final WordMatches recentWords = new WordMatches();
    /** Each entry gets its own slot; a rebuilt entry a new one, so remembered matches never go stale. */
    private int nextSlot;
    /** The list last filtered, by position, with its entries and what their first test needs. */
    private AlignedEntries aligned = new AlignedEntries();
    private SearchFacts facts;

    public ContactSearch(SearchFacts facts) {
        this.facts = Objects.requireNonNull(facts);
    }

    /** Uses new facts (after a reload); cached texts are rebuilt as they are needed. */
    public void setFacts(SearchFacts newFacts) {
        this.facts = Objects.requireNonNull(newFacts);
        texts.clear();
        byRecord.clear();
        recentWords.clear();
        aligned = new AlignedEntries();
    }

    public SearchFacts facts() {
        return facts;
    }

    /** Adds an interaction summary to a contact's searchable text. */
    public void addInteractionText(long contactId, String summary) {
        Map<Long, String> interactions = new HashMap<>(facts.interactionText());
        interactions.merge(contactId, Text.orEmpty(summary), (a, b) -> a + "\n" + b);
        facts = new SearchFacts(facts.today(), interactions, facts.campaignsByContact(), facts.campaignNames());
        forget(texts.remove(contactId));
    }

    /** The contacts the search keeps, in the given order. */
    public List<Influencer> find(List<Influencer> contacts, ContactQuery query) {
        Predicate<Influencer> keep = compile(query).predicate();
        return contacts.stream().filter(keep).toList();
    }

    /** Below this many texts to scan, splitting the work between cores costs more than it saves. */
    private static final int PARALLEL_FROM = 4_000;

    /** A compiled search: the test to run per contact and the problems found beyond the typed syntax. */
    public static final class Compiled {
        private final String[] words;
        private final long wordChars;
        private final long[] wordPairs;
        private final boolean byCharsAlone;
        private final WordMatches.Lookup memory;
        private final Predicate<SearchEntry> rest;
        private final boolean hasRest;
        /** The filters and excluded words as typed, under which their answers are remembered. */
        private final String restKey;
        private final Predicate<Influencer> predicate;
        private final List<QueryError> errors;

        private Compiled(ContactSearch search, List<String> words, Predicate<SearchEntry> rest, String restKey,
                List<QueryError> errors) {
            this.words = words.toArray(String[]::new);
            this.wordChars = SearchEntry.charsOf(String.join("", words));
            // Words of one letter or digit are answered by the characters' bits alone: no text to scan.
            this.byCharsAlone = words.stream().allMatch(w -> w.length() == 1 && SearchEntry.hasOwnBit(w.charAt(0)));
            // Pairs within each word only: the words need not be neighbours in the text.
            this.wordPairs = new long[4];
            for (String word : words) {
                long[] pairs = SearchEntry.pairsOf(word);
                for (int i = 0; i < pairs.length; i++) {
                    wordPairs[i] |= pairs[i];
                }
            }
            this.memory = words.isEmpty() ? null : search.recentWords.lookup(words);
            this.rest = rest;
            this.hasRest = !restKey.isEmpty();
            this.restKey = restKey;
            this.predicate = contact -> test(search.entry(contact));
            this.errors = List.copyOf(errors);
        }

        public Predicate<Influencer> predicate() {
            return predicate;
        }

        public List<QueryError> errors() {
            return errors;
        }

        boolean test(SearchEntry entry) {
            return hasWords(entry) && rest.test(entry);
        }

        /** Whether the text holds every word: ruled out by its characters, else remembered, else scanned. */
        private boolean hasWords(SearchEntry entry) {
            if (words.length == 0) {
                return true;
            }
            if ((entry.chars() & wordChars) != wordChars || !SearchEntry.holdsAll(entry.pairs(), 0, wordPairs)) {
                return false;
            }
            return byCharsAlone || scan(entry.slot(), entry);
        }

        /**
         * Marks in {@code keep} the positions of the aligned list whose text holds every word: most are settled by
         * their characters or by what is remembered; the texts left to scan are scanned on every core.
         */
        private void findWords(ContactSearch search, BitSet keep) {
            AlignedEntries aligned = search.aligned;
            int[] unknown = new int[aligned.size()];
            int count = 0;
            for (int i = 0; i < unknown.length; i++) {
                if ((aligned.chars[i] & wordChars) != wordChars
                        || !SearchEntry.holdsAll(aligned.pairs, i * 4, wordPairs)) {
                    continue;
                }
                if (byCharsAlone) {
                    keep.set(i);
                    continue;
                }
                Boolean known = memory.known(aligned.slots[i]);
                if (known == null) {
                    unknown[count++] = i;
                } else if (known) {
                    keep.set(i);
                }
            }
            boolean[] found = new boolean[count];
            int[] todo = unknown;
            IntStream range = IntStream.range(0, count);
            (count > PARALLEL_FROM ? range.parallel() : range).forEach(k -> found[k] = holdsWords(
                    aligned.entries[todo[k]].text()));
            for (int k = 0; k < count; k++) {
                memory.result().remember(aligned.slots[todo[k]], found[k]);
                if (found[k]) {
                    keep.set(todo[k]);
                }
            }
        }

        private boolean holdsWords(String text) {
            for (String word : words) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        }

        private boolean scan(int slot, SearchEntry entry) {
            Boolean known = memory.known(slot);
            if (known != null) {
                return known;
            }
            boolean matches = holdsWords(entry.text());
            memory.result().remember(slot, matches);
            return matches;
        }
    }

    /**
     * Which of these contacts the search keeps, by position: the way a whole list is filtered at each keystroke.
     * What the test needs first (each entry's characters, pairs and slot) is kept in arrays in the list's order,
     * read front to back, so 100,000 contacts whose answer is known take a millisecond or two; an entry itself is
     * read only when its text must be scanned or a filter asks.
     */
    public BitSet matches(List<Influencer> contacts, Compiled compiled) {
        aligned.align(contacts, this::entry);
        int n = aligned.size();
        BitSet keep = new BitSet(n);
        if (compiled.words.length > 0) {
            compiled.findWords(this, keep);
        } else {
            keep.set(0, n);
        }
        if (compiled.hasRest) {
            applyFilters(compiled, keep);
        }
        return keep;
    }

    /**
     * Clears in {@code keep} the contacts the filters and excluded words reject. Their answers are remembered
     * while the user types words after them; the contacts not yet known are tested on every core (a filter only
     * reads its entry).
     */
    private void applyFilters(Compiled compiled, BitSet keep) {
        WordMatches.Result memory = recentWords.filters(compiled.restKey);
        int[] todo = new int[keep.cardinality()];
        int count = 0;
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            Boolean known = memory.known(aligned.slots[i]);
            if (known == null) {
                todo[count++] = i;
            } else if (!known) {
                keep.clear(i);
            }
        }
        int[] unknown = todo;
        boolean[] passes = new boolean[count];
        IntStream range = IntStream.range(0, count);
        (count > PARALLEL_FROM ? range.parallel() : range)
                .forEach(k -> passes[k] = compiled.rest.test(aligned.entries[unknown[k]]));
        for (int k = 0; k < count; k++) {
            memory.remember(aligned.slots[unknown[k]], passes[k]);
            if (!passes[k]) {
                keep.clear(unknown[k]);
            }
        }
    }

    /** Turns a search into a test; filters naming something unknown (a campaign) are left out and reported. */
    public Compiled compile(ContactQuery query) {
        List<QueryError> errors = new ArrayList<>();
        List<Predicate<SearchEntry>> parts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<String> restKey = new ArrayList<>();
        for (QueryTerm term : query.terms()) {
            if (term.isWord()) {
                String word = Text.fold(term.rawValue());
                if (!word.isEmpty()) {
                    // A lone "-" while typing "-tag:…" is not yet a word to exclude.
                    (term.negated() ? excluded : words).add(word);
                    if (term.negated()) {
                        restKey.add("-" + word);
                    }
                }
                continue;
            }
            if (term.key() == QueryKey.CAMPAIGN) {
                Set<String> known = facts.campaignNames().stream().map(Text::fold).collect(Collectors.toSet());
                String unknown = term.values().stream().filter(v -> !known.contains(Text.fold(v))).findFirst()
                        .orElse(null);
                if (unknown != null) {
                    errors.add(new QueryError(term.start(), term.end(),
                            DomainTexts.text("search.noSuchCampaign", unknown)));
                    continue;
                }
            }
            Predicate<SearchEntry> test = SearchFilters.of(term, facts);
            parts.add(term.negated() ? test.negate() : test);
            restKey.add((term.negated() ? "-" : "") + term.key() + ":" + Text.fold(term.rawValue()));
        }
        String[] none = excluded.toArray(String[]::new);
        Predicate<SearchEntry> rest = entry -> {
            for (String word : none) {
                if (entry.text().contains(word)) {
                    return false;
                }
            }
            for (Predicate<SearchEntry> part : parts) {
                if (!part.test(entry)) {
                    return false;
                }
            }
            return true;
        };
        return new Compiled(this, words, rest, String.join("\n", restKey), errors);
    }

    /**
     * Whether a follower figure of the contact was last checked more than {@value SearchFacts#STALE_AFTER_DAYS}
     * days ago (or never dated).
     */
    public static boolean isStale(Influencer contact, LocalDate today) {
        return SearchFilters.isStale(contact, today);
    }

    /** The contact's folded values, from the cache while the contact is unchanged. */
    private SearchEntry entry(Influencer contact) {
        SearchEntry entry = byRecord.get(contact);
        if (entry != null) {
            return entry;
        }
        entry = SearchEntry.of(contact, facts, nextSlot++);
        if (contact.id() != null) {
            // A changed contact is a new record: its old entry goes, so the cache holds one per contact.
            forget(texts.put(contact.id(), entry));
            byRecord.put(contact, entry);
        }
        return entry;
    }

    /** Entries made ahead, on any thread, for {@link #adopt}; opaque to callers. */
    public static final class Prepared {
        private final SearchFacts facts;
        private final List<SearchEntry> entries;

        private Prepared(SearchFacts facts, List<SearchEntry> entries) {
            this.facts = facts;
            this.entries = entries;
        }
    }

    /**
     * Folds the contacts' texts ahead of the first search, off the FX thread: at 100,000 contacts that is a second
     * or two the first keystroke would otherwise take. Reads only the contacts and the facts given.
     */
    public static Prepared prepare(List<Influencer> contacts, SearchFacts facts) {
        List<SearchEntry> entries = new ArrayList<>(contacts.size());
        // Thousands of contacts share a city or a tag: each folded form is made and kept once.
        Map<String, String> folded = new HashMap<>();
        UnaryOperator<String> foldShort = value -> value == null ? ""
                : folded.computeIfAbsent(value, SearchEntry::foldKeepingEqual);
        for (Influencer contact : contacts) {
            if (contact.id() != null) {
                entries.add(SearchEntry.of(contact, facts, -1, foldShort));
            }
        }
        return new Prepared(facts, entries);
    }

    /** Takes entries made by {@link #prepare}, unless the facts changed meanwhile or a contact has one already. */
    public void adopt(Prepared prepared) {
        if (prepared.facts != facts) {
            return;
        }
        for (SearchEntry made : prepared.entries) {
            if (!byRecord.containsKey(made.source())) {
                SearchEntry entry = made.withSlot(nextSlot++);
                forget(texts.put(entry.source().id(), entry));
                byRecord.put(entry.source(), entry);
            }
        }
    }

    private void forget(SearchEntry old) {
        if (old != null) {
            byRecord.remove(old.source());
        }
    }

    /** The folded text plain words are looked for in. */
    String text(Influencer contact) {
        return entry(contact).text();
    }
}
