package app.rapport.cli;

import app.rapport.domain.OutreachStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random searches, each generated with its meaning as a plain test of an exported row: the expected answer comes
 * from how the query was built, never from the search code. Values are written the ways the search must read:
 * follower counts with thousands separators, quoted names in comma lists, parts of names, handles and emails.
 */
final class SearchQueries {

    /** A search as typed and what it keeps. */
    record Query(String text, Predicate<ExportedRow> keeps) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static final String[] COMPARISONS = {"", "=", "<", "<=", ">", ">="};
    private static final String[] BOUNDS = {"<", "<=", ">", ">="};

    private SearchQueries() {
    }

    /** One to three filters, any of them negated, all of which must hold. */
    static Arbitrary<Query> queries(List<ExportedRow> rows) {
        List<Long> counts = rows.stream().map(ExportedRow::followers).filter(Objects::nonNull).distinct().toList();
        Arbitrary<Query> filter = Arbitraries.oneOf(followers(counts), countries(), tags(), statuses(), names(rows),
                handles(rows), emails(rows));
        Arbitrary<Query> maybeNegated = Combinators.combine(filter, Arbitraries.integers().between(0, 3))
                .as((q, dice) -> dice == 0 ? new Query("-" + q.text(), q.keeps().negate()) : q);
        return maybeNegated.list().ofMinSize(1).ofMaxSize(3).map(terms -> new Query(
                terms.stream().map(Query::text).collect(Collectors.joining(" ")),
                terms.stream().map(Query::keeps).reduce(Predicate::and).orElseThrow()));
    }

    // followers:

    /** Follower filters around random counts and {@code held} ones (which {@code =} and the bounds hit). */
    static Arbitrary<Query> followers(List<Long> held) {
        Arbitrary<Long> counts = counts(held);
        Arbitrary<Query> compare = Combinators.combine(Arbitraries.of(COMPARISONS), counts)
                .flatAs((op, n) -> Combinators.combine(written(n), Arbitraries.of(false, true)).as((w, quote) ->
                        query("followers", maybeQuoted(op + w, quote), count -> compare(op, count, n))));
        Arbitrary<Query> range = Combinators.combine(counts, counts, Arbitraries.integers().between(0, 5))
                .flatAs((a, b, open) -> {
                    long low = Math.min(a, b);
                    long high = Math.max(a, b);
                    return Combinators.combine(written(low), written(high), Arbitraries.of(false, true))
                            .as((l, h, quote) -> switch (open) {
                                case 0 -> query("followers", maybeQuoted(".." + h, quote), count -> count <= high);
                                case 1 -> query("followers", maybeQuoted(l + "..", quote), count -> count >= low);
                                default -> query("followers", maybeQuoted(l + ".." + h, quote),
                                        count -> count >= low && count <= high);
                            });
                });
        // Each alternative after the first starts with < or >, so no comma stands between two digits.
        Arbitrary<Query> alternatives = Combinators.combine(Arbitraries.of(BOUNDS), counts, Arbitraries.of(BOUNDS),
                counts).flatAs((op1, n1, op2, n2) -> Combinators.combine(written(n1), written(n2),
                        Arbitraries.of(false, true)).as((w1, w2, quote) -> query("followers",
                                maybeQuoted(op1 + w1, quote) + "," + maybeQuoted(op2 + w2, quote),
                                count -> compare(op1, count, n1) || compare(op2, count, n2))));
        return Arbitraries.oneOf(compare, range, alternatives);
    }

    /** A count written with spaces reads the same in quotes; a quoted list would be one value, so each is quoted. */
    private static String maybeQuoted(String value, boolean quote) {
        return quote && value.contains(" ") ? "\"" + value + "\"" : value;
    }

    private static Query query(String key, String value, Predicate<Long> count) {
        // An unknown count is in no range, as on the contacts screen.
        return new Query(key + ":" + value, row -> row.followers() != null && count.test(row.followers()));
    }

    private static boolean compare(String op, long count, long n) {
        return switch (op) {
            case "<" -> count < n;
            case "<=" -> count <= n;
            case ">" -> count > n;
            case ">=" -> count >= n;
            default -> count == n;
        };
    }

    /** Counts held by contacts, any, round thousands, round hundred thousands, and edges. */
    private static Arbitrary<Long> counts(List<Long> held) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(held)),
                Tuple.of(3, Arbitraries.longs().between(0, 5_000_000)),
                Tuple.of(3, Arbitraries.longs().between(0, 2_000).map(k -> k * 1_000)),
                Tuple.of(2, Arbitraries.longs().between(0, 50).map(k -> k * 100_000)),
                Tuple.of(1, Arbitraries.of(0L, 999L, 1_000L, 1_000_000L)));
    }

    /**
     * A count written as people write it: plain, grouped by comma, dot, space, apostrophe or no-break space, or
     * abbreviated (12k, 1.5m, 1,5M).
     */
    static Arbitrary<String> written(long n) {
        List<String> ways = new ArrayList<>(List.of(Long.toString(n)));
        if (n >= 1_000) {
            for (String separator : List.of(",", ".", " ", "'", "\u00a0")) {
                ways.add(String.format(Locale.ROOT, "%,d", n).replace(",", separator));
            }
        }
        if (n > 0 && n % 1_000 == 0) {
            ways.add(n / 1_000 + "k");
            ways.add(n / 1_000 + "K");
        }
        if (n > 0 && n % 100_000 == 0) {
            String millions = n % 1_000_000 == 0 ? Long.toString(n / 1_000_000)
                    : n / 1_000_000 + "." + (n % 1_000_000) / 100_000;
            ways.add(millions + "m");
            ways.add(millions.replace('.', ',') + "M");
        }
        return Arbitraries.of(ways);
    }

    // Lists of names: country:, tag:, status:

    static Arbitrary<Query> countries() {
        Map<String, String> names = VariedContacts.COUNTRIES;
        return Arbitraries.of(names.keySet().stream().sorted().toList()).list().uniqueElements().ofMinSize(1)
                .ofMaxSize(2).flatMap(codes -> listOf(codes, code -> Arbitraries.of(code.toLowerCase(Locale.ROOT),
                        code, names.get(code), names.get(code).toUpperCase(Locale.ROOT))).map(written -> new Query(
                        "country:" + written, row -> codes.stream().map(names::get).anyMatch(row.country()::equals))));
    }

    static Arbitrary<Query> tags() {
        return Arbitraries.of(VariedContacts.TAGS).list().uniqueElements().ofMinSize(1).ofMaxSize(2)
                .flatMap(tags -> listOf(tags, tag -> Arbitraries.of(tag, tag.toUpperCase(Locale.ROOT)))
                        .map(written -> new Query("tag:" + written, row -> row.tags().stream()
                                .anyMatch(t -> tags.stream().anyMatch(t::equalsIgnoreCase)))));
    }

    static Arbitrary<Query> statuses() {
        return Arbitraries.of(OutreachStatus.class).list().uniqueElements().ofMinSize(1).ofMaxSize(2)
                .flatMap(statuses -> listOf(statuses, s -> Arbitraries.of(s.name().toLowerCase(Locale.ROOT),
                        s.label())).map(written -> new Query("status:" + written, row -> statuses.stream()
                        .anyMatch(s -> s.label().equals(row.status())))));
    }

    /** The values written in a comma list, each in quotes where it holds a space. */
    private static <T> Arbitrary<String> listOf(List<T> values, Function<T, Arbitrary<String>> spellings) {
        return Combinators.combine(values.stream().map(spellings).toList())
                .as(written -> written.stream().map(w -> w.contains(" ") ? "\"" + w + "\"" : w)
                        .collect(Collectors.joining(",")));
    }

    // Parts of a field: name:, handle:, email:

    static Arbitrary<Query> names(List<ExportedRow> rows) {
        List<String> names = rows.stream().flatMap(r -> Stream.of(r.name(), r.realName()))
                .filter(n -> !n.isEmpty()).distinct().toList();
        return part(names, 5).map(part -> new Query("name:" + (part.contains(" ") ? "\"" + part + "\"" : part),
                row -> within(part, row.name()) || within(part, row.realName())));
    }

    static Arbitrary<Query> handles(List<ExportedRow> rows) {
        List<String> handles = rows.stream().flatMap(r -> r.handles().stream()).distinct().toList();
        return Combinators.combine(part(handles, 6), Arbitraries.of("", "@")).as((part, at) -> new Query(
                "handle:" + at + part, row -> row.handles().stream().anyMatch(h -> within(part, h))));
    }

    static Arbitrary<Query> emails(List<ExportedRow> rows) {
        List<String> emails = rows.stream().map(ExportedRow::email).filter(e -> !e.isEmpty()).distinct().toList();
        return part(emails, 7).map(part -> new Query("email:" + part, row -> within(part, row.email())));
    }

    /** A piece of one of the texts, in its own case, upper case or without accents. */
    private static Arbitrary<String> part(List<String> texts, int longest) {
        return Arbitraries.of(texts).flatMap(text -> Combinators.combine(
                Arbitraries.integers().between(0, text.length() - 1), Arbitraries.integers().between(1, longest),
                Arbitraries.<Function<String, String>>of(s -> s, s -> s.toUpperCase(Locale.ROOT), ExportedRow::fold))
                .as((from, length, spelling) -> spelling.apply(
                        text.substring(from, Math.min(text.length(), from + length)).strip())))
                .filter(p -> !p.isEmpty());
    }

    private static boolean within(String part, String text) {
        return ExportedRow.fold(text).contains(ExportedRow.fold(part));
    }
}
