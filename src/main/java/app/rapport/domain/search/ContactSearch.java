package app.rapport.domain.search;

import app.rapport.domain.Countries;
import app.rapport.domain.FitNote;
import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs searches over contacts. Each contact's searchable text is folded once and kept until the contact
 * changes, so a keystroke costs a {@code contains} per contact and word, never a database query.
 * Not thread-safe: one screen or one command uses it.
 */
public final class ContactSearch {

    /** A contact's values folded once for matching; rebuilt when the contact (a new record) changes. */
    private record Entry(Influencer source, int slot, String text, Set<String> tags, String city, String email,
            List<String> languages, Long followers, BigDecimal engagement) {
    }

    private final Map<Long, Entry> texts = new HashMap<>();
    private final WordMatches recentWords = new WordMatches();
    /** Each entry gets its own slot; a rebuilt entry a new one, so remembered matches never go stale. */
    private int nextSlot;
    private SearchFacts facts;

    public ContactSearch(SearchFacts facts) {
        this.facts = Objects.requireNonNull(facts);
    }

    /** Uses new facts (after a reload); cached texts are rebuilt as they are needed. */
    public void setFacts(SearchFacts newFacts) {
        this.facts = Objects.requireNonNull(newFacts);
        texts.clear();
        recentWords.clear();
    }

    public SearchFacts facts() {
        return facts;
    }

    /** Adds an interaction summary to a contact's searchable text. */
    public void addInteractionText(long contactId, String summary) {
        Map<Long, String> interactions = new HashMap<>(facts.interactionText());
        interactions.merge(contactId, Text.orEmpty(summary), (a, b) -> a + "\n" + b);
        facts = new SearchFacts(facts.today(), interactions, facts.campaignsByContact(), facts.campaignNames());
        texts.remove(contactId);
    }

    /** The contacts the search keeps, in the given order. */
    public List<Influencer> find(List<Influencer> contacts, ContactQuery query) {
        Predicate<Influencer> keep = compile(query).predicate();
        return contacts.stream().filter(keep).toList();
    }

    /** A compiled search: the test to run per contact and the problems found beyond the typed syntax. */
    public record Compiled(Predicate<Influencer> predicate, List<QueryError> errors) {
    }

    /** Turns a search into a test; filters naming something unknown (a campaign) are left out and reported. */
    public Compiled compile(ContactQuery query) {
        List<QueryError> errors = new ArrayList<>();
        List<Predicate<Influencer>> parts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (QueryTerm term : query.terms()) {
            if (term.isWord()) {
                (term.negated() ? excluded : words).add(Text.fold(term.rawValue()));
                continue;
            }
            if (term.key() == QueryKey.CAMPAIGN) {
                Set<String> known = facts.campaignNames().stream().map(Text::fold).collect(Collectors.toSet());
                String unknown = term.values().stream().filter(v -> !known.contains(Text.fold(v))).findFirst()
                        .orElse(null);
                if (unknown != null) {
                    errors.add(new QueryError(term.start(), term.end(),
                            "There is no campaign named \"" + unknown + "\"."));
                    continue;
                }
            }
            Predicate<Influencer> test = filter(term);
            parts.add(term.negated() ? test.negate() : test);
        }
        String[] all = words.toArray(String[]::new);
        String[] none = excluded.toArray(String[]::new);
        WordMatches.Lookup memory = all.length > 0 ? recentWords.lookup(words) : null;
        Predicate<Influencer> predicate = contact -> {
            if (all.length > 0 || none.length > 0) {
                Entry entry = entry(contact);
                String text = entry.text();
                if (memory != null && !matchesAll(memory, entry, all)) {
                    return false;
                }
                for (String word : none) {
                    if (text.contains(word)) {
                        return false;
                    }
                }
            }
            for (Predicate<Influencer> part : parts) {
                if (!part.test(contact)) {
                    return false;
                }
            }
            return true;
        };
        return new Compiled(predicate, errors);
    }

    private Predicate<Influencer> filter(QueryTerm term) {
        List<String> folded = term.values().stream().map(Text::fold).toList();
        NumberRange range = term.range();
        LocalDate today = facts.today();
        return switch (term.key()) {
            case TAG -> c -> {
                Set<String> tags = entry(c).tags();
                return folded.stream().anyMatch(tags::contains);
            };
            case PLATFORM -> {
                Set<Platform> platforms = term.values().stream().map(v -> Platform.fromName(v).orElseThrow())
                        .collect(Collectors.toSet());
                yield c -> c.accounts().stream().anyMatch(a -> platforms.contains(a.platform()));
            }
            case STATUS -> {
                Set<OutreachStatus> statuses = term.values().stream()
                        .map(v -> ContactQuery.status(v).orElseThrow()).collect(Collectors.toSet());
                yield c -> statuses.contains(c.outreach().status());
            }
            case FOLLOWERS -> c -> {
                Long followers = entry(c).followers();
                return followers != null && range.contains(followers);
            };
            case ENGAGEMENT -> c -> range.contains(entry(c).engagement());
            case COUNTRY -> {
                Set<String> codes = term.values().stream().map(v -> ContactQuery.country(v).orElseThrow())
                        .collect(Collectors.toSet());
                yield c -> c.country() != null && codes.contains(c.country());
            }
            case CITY -> c -> folded.stream().anyMatch(entry(c).city()::contains);
            case FIT -> range == null ? c -> c.fit().rating() == null
                    : c -> c.fit().rating() != null && range.contains(BigDecimal.valueOf(c.fit().rating()));
            case FOLLOWUP -> c -> folded.stream().anyMatch(v -> followUp(v, c.outreach().followUpOn(), today));
            case CAMPAIGN -> {
                Set<Long> members = facts.campaignsByContact().entrySet().stream()
                        .filter(e -> e.getValue().stream().map(Text::fold).anyMatch(folded::contains))
                        .map(Map.Entry::getKey).collect(Collectors.toSet());
                yield c -> c.id() != null && members.contains(c.id());
            }
            case STALE -> {
                boolean wanted = ContactQuery.yesNo(term.rawValue()).orElse(true);
                yield c -> isStale(c, today) == wanted;
            }
            case LANGUAGE -> c -> entry(c).languages().stream().anyMatch(l -> folded.stream().anyMatch(l::contains));
            case EMAIL -> c -> folded.stream().anyMatch(entry(c).email()::contains);
            case HAS -> c -> folded.stream().allMatch(v -> has(c, v));
        };
    }

    private static boolean followUp(String wanted, LocalDate on, LocalDate today) {
        return switch (wanted) {
            case "overdue" -> on != null && on.isBefore(today);
            case "today" -> today.equals(on);
            case "due" -> on != null && !on.isAfter(today);
            case "week" -> on != null && !on.isBefore(today) && !on.isAfter(today.plusDays(6));
            case "planned" -> on != null;
            default -> on == null;
        };
    }

    private static boolean has(Influencer c, String what) {
        return switch (what) {
            case "email" -> c.email() != null;
            case "phone" -> c.phone() != null;
            case "followup" -> c.outreach().followUpOn() != null;
            case "fit" -> c.fit().rating() != null;
            default -> c.audienceNotes() != null || !c.fit().notes().isEmpty();
        };
    }

    /**
     * Whether a follower figure of the contact was last checked more than {@value SearchFacts#STALE_AFTER_DAYS}
     * days ago (or never dated).
     */
    public static boolean isStale(Influencer contact, LocalDate today) {
        LocalDate limit = today.minusDays(SearchFacts.STALE_AFTER_DAYS);
        for (SocialAccount account : contact.accounts()) {
            if (account.followers() == null) {
                continue;
            }
            LocalDate checked = account.checkedOn() != null ? account.checkedOn()
                    : account.updatedAt() == null ? null : account.updatedAt().atZone(ZoneOffset.UTC).toLocalDate();
            if (checked == null || checked.isBefore(limit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAll(WordMatches.Lookup memory, Entry entry, String[] words) {
        Boolean known = memory.known(entry.slot());
        if (known != null) {
            return known;
        }
        boolean matches = true;
        for (String word : words) {
            if (!entry.text().contains(word)) {
                matches = false;
                break;
            }
        }
        memory.result().remember(entry.slot(), matches);
        return matches;
    }

    /** The contact's folded values, from the cache while the contact is unchanged. */
    private Entry entry(Influencer contact) {
        Long id = contact.id();
        Entry entry = id == null ? null : texts.get(id);
        if (entry == null || entry.source() != contact) {
            SocialAccount main = contact.mainAccount().orElse(null);
            entry = new Entry(contact, nextSlot++, searchableText(contact),
                    contact.tags().stream().map(Text::fold).collect(Collectors.toUnmodifiableSet()),
                    Text.fold(contact.city()), Text.fold(contact.email()),
                    contact.languages().stream().map(Text::fold).toList(),
                    main == null ? null : main.followers(), main == null ? null : main.engagementRate());
            if (id != null) {
                texts.put(id, entry);
            }
        }
        return entry;
    }

    /** The folded text plain words are looked for in. */
    String text(Influencer contact) {
        return entry(contact).text();
    }

    private String searchableText(Influencer c) {
        StringBuilder s = new StringBuilder(256);
        append(s, c.displayName());
        append(s, c.realName());
        for (SocialAccount account : c.accounts()) {
            append(s, account.displayHandle());
            append(s, account.profileUrl());
        }
        append(s, c.email());
        c.tags().forEach(tag -> append(s, tag));
        append(s, c.city());
        if (c.country() != null) {
            append(s, c.country());
            append(s, Countries.displayName(c.country(), Locale.ENGLISH));
            append(s, Countries.displayName(c.country(), Locale.getDefault()));
        }
        c.languages().forEach(language -> append(s, language));
        append(s, c.audienceNotes());
        append(s, c.fit().redFlags());
        for (FitNote note : c.fit().notes()) {
            append(s, note.text());
        }
        if (c.id() != null) {
            append(s, facts.interactionText().get(c.id()));
        }
        return Text.fold(s.toString());
    }

    private static void append(StringBuilder s, String part) {
        if (part != null) {
            s.append(part).append('\n');
        }
    }
}
