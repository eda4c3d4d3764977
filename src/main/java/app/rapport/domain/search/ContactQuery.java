package app.rapport.domain.search;

import app.rapport.domain.Countries;
import app.rapport.domain.EngagementRates;
import app.rapport.domain.FollowerCounts;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A search as typed: plain words that must all appear, and {@code key:value} filters such as
 * {@code tag:vegan followers:<50k status:prospect}. Parsing never throws: a part that cannot be used becomes a
 * {@link QueryError} and the rest still applies.
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
        return new Parser(text == null ? "" : text).parse();
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

    /** The value as the language needs it written: in quotes when it holds spaces or quotes. */
    public static String quoted(String value) {
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
        return Countries.find(value, Locale.getDefault());
    }

    static Optional<Boolean> yesNo(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return YES.contains(v) ? Optional.of(true) : NO.contains(v) ? Optional.of(false) : Optional.empty();
    }

    /** Reads the text left to right; positions are kept so errors and chips can point at the typed text. */
    private static final class Parser {
        private final String text;
        private final List<QueryTerm> terms = new ArrayList<>();
        private final List<QueryError> errors = new ArrayList<>();
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        ContactQuery parse() {
            while (true) {
                while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                    pos++;
                }
                if (pos >= text.length()) {
                    return new ContactQuery(text, terms, errors);
                }
                term();
            }
        }

        private void term() {
            int start = pos;
            boolean negated = text.charAt(pos) == '-' && pos + 1 < text.length()
                    && !Character.isWhitespace(text.charAt(pos + 1));
            if (negated) {
                pos++;
            }
            int keyStart = pos;
            while (pos < text.length() && Character.isLetter(text.charAt(pos)) || pos < text.length()
                    && text.charAt(pos) == '-' && pos > keyStart) {
                pos++;
            }
            Optional<QueryKey> key = pos < text.length() && text.charAt(pos) == ':' && pos > keyStart
                    ? QueryKey.of(text.substring(keyStart, pos)) : Optional.empty();
            if (key.isPresent()) {
                pos++;
                String value = value(start);
                filter(key.get(), negated, value == null ? "" : value, start);
            } else {
                pos = keyStart;
                String value = value(start);
                if (value != null && !value.isBlank()) {
                    terms.add(new QueryTerm(null, negated, value, List.of(value), null, start, pos));
                }
            }
        }

        /** A quoted phrase or a run of non-blank characters; {@code null} after an unclosed quote's error. */
        private String value(int termStart) {
            if (pos < text.length() && text.charAt(pos) == '"') {
                int close = text.indexOf('"', pos + 1);
                if (close < 0) {
                    errors.add(new QueryError(termStart, text.length(), "Close the quote opened here."));
                    pos = text.length();
                    return null;
                }
                String phrase = text.substring(pos + 1, close);
                pos = close + 1;
                return phrase;
            }
            int from = pos;
            while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            return text.substring(from, pos);
        }

        private void filter(QueryKey key, boolean negated, String raw, int start) {
            String value = raw.strip();
            if (value.isEmpty()) {
                fail(start, "Type a value after " + key.word() + ": — for example " + key.example() + ".");
                return;
            }
            List<String> values = Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                    .toList();
            NumberRange range = null;
            String problem = null;
            switch (key) {
                case FOLLOWERS -> {
                    range = range(value, ContactQuery::followers);
                    problem = range == null ? "Followers need a number such as 50k, <50k or 10k..100k." : null;
                }
                case ENGAGEMENT -> {
                    range = range(value, ContactQuery::percent);
                    problem = range == null ? "Engagement needs a percentage such as 3, >=3 or 2..5." : null;
                }
                case FIT -> {
                    if (!value.equalsIgnoreCase("none")) {
                        range = range(value, ContactQuery::rating);
                        problem = range == null ? "Fit needs a rating from 1 to 5, such as 4, >=4 or none." : null;
                    }
                }
                case STATUS -> problem = firstUnknown(values, v -> status(v).isPresent(), "status",
                        Arrays.stream(OutreachStatus.values()).map(s -> Text.fold(s.label()).replace(' ', '_'))
                                .toList());
                case PLATFORM -> problem = firstUnknown(values, v -> Platform.fromName(v).isPresent(), "platform",
                        Arrays.stream(Platform.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
                case COUNTRY -> problem = firstUnknown(values, v -> country(v).isPresent(), "country",
                        List.of("a code such as FR", "a name such as France"));
                case FOLLOWUP -> problem = firstUnknown(values, v -> FOLLOW_UPS.contains(v.toLowerCase(Locale.ROOT)),
                        "follow-up", List.of("overdue", "today", "due", "week", "planned", "none"));
                case HAS -> problem = firstUnknown(values, v -> HAS_VALUES.contains(v.toLowerCase(Locale.ROOT)),
                        "has:", List.of("email", "phone", "followup", "fit", "notes"));
                case STALE -> problem = yesNo(value).isPresent() ? null : "Stale takes yes or no.";
                default -> problem = null;
            }
            if (problem != null) {
                fail(start, problem);
                return;
            }
            terms.add(new QueryTerm(key, negated, value, values, range, start, pos));
        }

        private static String firstUnknown(List<String> values, java.util.function.Predicate<String> known,
                String what, List<String> choices) {
            return values.stream().filter(known.negate()).findFirst()
                    .map(v -> "Unknown " + what + " \"" + v + "\": use " + String.join(", ", choices) + ".")
                    .orElse(null);
        }

        private void fail(int start, String message) {
            errors.add(new QueryError(start, Math.max(pos, start + 1), message));
        }
    }

    /** {@code <x}, {@code <=x}, {@code >x}, {@code >=x}, {@code =x}, {@code x..y} or {@code x}; null when unreadable. */
    static NumberRange range(String value, Function<String, BigDecimal> number) {
        try {
            String v = value.strip();
            for (String op : List.of(">=", "<=", ">", "<", "=")) {
                if (v.startsWith(op)) {
                    BigDecimal n = number.apply(v.substring(op.length()).strip());
                    return switch (op) {
                        case ">=" -> new NumberRange(n, true, null, false);
                        case "<=" -> new NumberRange(null, false, n, true);
                        case ">" -> new NumberRange(n, false, null, false);
                        case "<" -> new NumberRange(null, false, n, false);
                        default -> NumberRange.exactly(n);
                    };
                }
            }
            int dots = v.indexOf("..");
            if (dots >= 0) {
                String low = v.substring(0, dots).strip();
                String high = v.substring(dots + 2).strip();
                if (low.isEmpty() && high.isEmpty()) {
                    return null;
                }
                return new NumberRange(low.isEmpty() ? null : number.apply(low), true,
                        high.isEmpty() ? null : number.apply(high), true);
            }
            return NumberRange.exactly(number.apply(v));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static BigDecimal followers(String text) {
        return BigDecimal.valueOf(FollowerCounts.parse(text).orElseThrow());
    }

    private static BigDecimal percent(String text) {
        return EngagementRates.parse(text).orElseThrow();
    }

    private static BigDecimal rating(String text) {
        int rating = Integer.parseInt(text.strip());
        if (rating < 1 || rating > 5) {
            throw new NumberFormatException("out of range");
        }
        return BigDecimal.valueOf(rating);
    }
}
