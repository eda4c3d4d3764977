package app.rapport.ui.campaigns;

import app.rapport.domain.Deal;
import app.rapport.domain.Influencer;
import app.rapport.domain.ShortlistEntry;

/**
 * A line of the shortlist: the entry, its creator, the deal made from it (if any), and the creator's
 * followers on the campaign's target platforms.
 */
public record ShortlistRow(ShortlistEntry entry, Influencer contact, Deal deal, long targetFollowers) {
}
