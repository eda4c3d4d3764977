package app.rapport.domain.search;

import java.util.List;

/**
 * One part of a search: a word or phrase ({@code key} is {@code null}) or a {@code key:value} filter.
 *
 * @param negated whether it was written with a leading minus: keep the contacts that do not match
 * @param values  the value as typed, split at commas ("or"); for a word, the word alone
 * @param range   for numeric keys, the numbers kept; otherwise {@code null}
 * @param start   where the term begins in the typed text
 * @param end     where it ends (exclusive)
 */
public record QueryTerm(QueryKey key, boolean negated, String rawValue, List<String> values, NumberRange range,
        int start, int end) {

    public QueryTerm {
        values = List.copyOf(values);
    }

    public boolean isWord() {
        return key == null;
    }
}
