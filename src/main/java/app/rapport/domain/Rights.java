package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the brand may do with the content, and what the creator promises not to do.
 *
 * @param usageChannels       where the brand may reuse the content ("website, newsletter, Meta ads")
 * @param exclusivityCategory the category the creator does not promote competitors in
 * @param exclusivityDays     for how many days after the content goes live
 * @param whitelisting        whether the brand may run paid ads through the creator's account
 */
public record Rights(String usageChannels, LocalDate usageFrom, LocalDate usageTo, String exclusivityCategory,
        Integer exclusivityDays, boolean whitelisting) {

    public static final Rights NONE = new Rights(null, null, null, null, null, false);

    public Rights {
        usageChannels = Text.blankToNull(usageChannels);
        exclusivityCategory = Text.blankToNull(exclusivityCategory);
        if (usageFrom != null && usageTo != null && usageTo.isBefore(usageFrom)) {
            throw new RuleViolation(DomainTexts.text("rights.endsBeforeStart"));
        }
        if (exclusivityDays != null && exclusivityDays < 0) {
            throw new RuleViolation(DomainTexts.text("rights.exclusivityNegative"));
        }
    }

    /** The day exclusivity ends, counted from the day content went live. */
    public Optional<LocalDate> exclusivityEnd(LocalDate contentLive) {
        return exclusivityDays == null || contentLive == null ? Optional.empty()
                : Optional.of(contentLive.plusDays(exclusivityDays));
    }
}
