package app.rapport.domain.search;

import app.rapport.domain.Countries;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Text;
import app.rapport.domain.text.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A search as typed: plain words that must all appear, and {@code key:value} filters such as
 * {@code tag:vegan followers:<50k status:prospect}. Parsing ({@link QueryParser}) never throws: a part that cannot
 * be used becomes a {@link QueryError} and the rest still applies.
 */
public record ContactQuery(String text, List<QueryTerm> terms, List<QueryError> errors) {

    public static final ContactQuery EMPTY = new ContactQuery("", List.of(), List.of());

    static final Set<String> FOLLOW_UPS = Set.of("overdue", "today", "due", "week", "planned", "none");
    static final Set<String> HAS_VALUES = Set.of("email", "phone", "followup", "fit", "notes");
    private static final Set<String> YES = Set.of("yes", "true", "y", "1");
    private static final Set<String> NO = Set.of("no", "false", "n", "0");

    public ContactQuery {
        text = text == null ? "" : text;
        terms = List.copyOf(terms);
        errors = List.copyOf(errors);
    }

    /** Reads a search; {@code null} is the empty search. */
    public static ContactQuery parse(String text) {
        return QueryParser.parse(text == null ? "" : text);
    }

    /** Whether the search keeps everyone. */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The plain words and phrases to look for (not the negated ones), folded, for highlighting matches. */
    public List<String> words() {
        return terms.stream().filter(t -> t.isWord() && !t.negated()).map(t -> Text.fold(t.rawValue())).toList();
    }

    /** The first filter with this key, if the search has one. */
    public Optional<QueryTerm> term(QueryKey key) {
        return terms.stream().filter(t -> t.key() == key).findFirst();
    }

    /**
     * The search text with every filter of {@code key} replaced by {@code key:value}, or removed when
     * {@code value} is {@code null}; the rest of the text is kept as typed.
     */
    public static String withTerm(String text, QueryKey key, String value) {
        String source = text == null ? "" : text;
        ContactQuery query = parse(source);
        StringBuilder kept = new StringBuilder(source);
        List<int[]> spans = new ArrayList<>();
        query.terms.stream().filter(t -> t.key() == key).forEach(t -> spans.add(new int[] {t.start(), t.end()}));
        // A faulty filter of the same key is replaced too: the chip's choice wins.
        query.errors.stream().filter(e -> source.regionMatches(true, e.start(), key.word() + ":", 0,
                key.word().length() + 1)).forEach(e -> spans.add(new int[] {e.start(), e.end()}));
        spans.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] span : spans) {
            kept.delete(span[0], span[1]);
        }
        String rest = kept.toString().replaceAll("\\s+", " ").strip();
        if (value == null || value.isBlank()) {
            return rest;
        }
        String term = key.word() + ":" + quoted(value.strip());
        return rest.isEmpty() ? term : rest + " " + term;
    }

    /**
     * The value as the language needs it written: in quotes when it holds spaces or quotes; a value already
     * written with quotes ({@code "United States",Spain}, as a chip shows a typed list) is kept as it is.
     */
    public static String quoted(String value) {
        if (WrittenValue.isWrittenWithQuotes(value)) {
            return value;
        }
        if (value.chars().anyMatch(ch -> Character.isWhitespace(ch) || ch == '"')) {
            return "\"" + value.replace("\"", "") + "\"";
        }
        return value;
    }

    static Optional<OutreachStatus> status(String value) {
        String wanted = Text.fold(value).replace('_', ' ').replace('-', ' ').strip();
        if (wanted.equals("dnc")) {
            return Optional.of(OutreachStatus.DO_NOT_CONTACT);
        }
        return Arrays.stream(OutreachStatus.values())
                .filter(s -> Text.fold(s.label()).equals(wanted) || s.name().replace('_', ' ').equalsIgnoreCase(wanted))
                .findFirst();
    }

    static Optional<String> country(String value) {
        return Countries.find(value, Messages.locale());
    }

    static Optional<Boolean> yesNo(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return YES.contains(v) ? Optional.of(true) : NO.contains(v) ? Optional.of(false) : Optional.empty();
    }
}
