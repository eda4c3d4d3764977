package app.rapport.domain;

/**
 * A line of the shortlist: the entry, its creator, the deal made from it (if any), and the creator's
 * followers on the campaign's target platforms.
 */
public record ShortlistRow(ShortlistEntry entry, Influencer contact, Deal deal, long targetFollowers) {
}
