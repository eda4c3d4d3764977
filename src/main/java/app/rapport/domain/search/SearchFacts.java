package app.rapport.domain.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What a search needs to know beyond the contacts themselves.
 *
 * @param today             the user's today, for follow-ups and stale figures
 * @param interactionText   per contact id, the summaries of its interactions, one per line
 * @param campaignsByContact per contact id, the names of the campaigns it is shortlisted or has a deal in
 * @param campaignNames     every campaign's name, so an unknown one can be pointed out
 */
public record SearchFacts(LocalDate today, Map<Long, String> interactionText, Map<Long, Set<String>> campaignsByContact,
        Set<String> campaignNames) {

    /** How old follower figures may be before the dashboard calls them stale. */
    public static final int STALE_AFTER_DAYS = 90;

    public SearchFacts {
        interactionText = Map.copyOf(interactionText);
        campaignsByContact = Map.copyOf(campaignsByContact);
        campaignNames = Set.copyOf(campaignNames);
    }

    public static SearchFacts onlyToday(LocalDate today) {
        return new SearchFacts(today, Map.of(), Map.of(), Set.of());
    }
}
