package app.rapport.domain.search;

import java.util.List;

/**
 * One part of a search: a word or phrase ({@code key} is {@code null}) or a {@code key:value} filter.
 *
 * @param negated  whether it was written with a leading minus: keep the contacts that do not match
 * @param rawValue the value as typed; a value that is one quoted phrase without its quotes
 * @param values   the alternatives of the value ("or", between commas), quotes removed; for a word, the word alone
 * @param ranges   for numeric keys, the numbers kept, one range per alternative; otherwise empty
 * @param start    where the term begins in the typed text
 * @param end      where it ends (exclusive)
 */
public record QueryTerm(QueryKey key, boolean negated, String rawValue, List<String> values, List<NumberRange> ranges,
        int start, int end) {

    public QueryTerm {
        values = List.copyOf(values);
        ranges = List.copyOf(ranges);
    }

    /** Whether this is a plain word or phrase rather than a filter. */
    public boolean isWord() {
        return key == null;
    }
}
