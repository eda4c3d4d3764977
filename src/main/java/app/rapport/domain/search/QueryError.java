package app.rapport.domain.search;

/**
 * A part of a search the app could not use, shown beside the search box; the rest of the search still applies.
 *
 * @param start where the faulty part begins in the typed text
 * @param end   where it ends (exclusive)
 */
public record QueryError(int start, int end, String message) {
}
