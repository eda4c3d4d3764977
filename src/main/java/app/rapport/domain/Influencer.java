package app.rapport.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A creator in the contact book.
 *
 * @param country   ISO 3166-1 alpha-2 code, {@code null} when unknown
 * @param languages the languages the creator publishes in, as the user wrote them
 * @param tags      niches and free tags, each once
 * @param accounts  social accounts, in the order the user listed them
 * @param outreach  status and follow-up; changed through the outreach actions, not by saving the form
 * @param version   the stored row's version when this was read (0 for a new contact): a save made from an
 *                  older version than the stored one is refused, so no one's change is overwritten unseen
 */
public record Influencer(
        Long id,
        String displayName,
        String realName,
        String email,
        String phone,
        String city,
        String country,
        List<String> languages,
        List<String> tags,
        String audienceNotes,
        List<SocialAccount> accounts,
        BrandFit fit,
        Outreach outreach,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** A contact not read from the workspace (version 0). */
    public Influencer(Long id, String displayName, String realName, String email, String phone, String city,
            String country, List<String> languages, List<String> tags, String audienceNotes,
            List<SocialAccount> accounts, BrandFit fit, Outreach outreach, Instant createdAt, Instant updatedAt) {
        this(id, displayName, realName, email, phone, city, country, languages, tags, audienceNotes, accounts, fit,
                outreach, createdAt, updatedAt, 0);
    }

    public Influencer {
        displayName = displayName == null ? "" : displayName.strip();
        realName = Text.blankToNull(realName);
        email = Text.blankToNull(email);
        phone = Text.blankToNull(phone);
        city = Text.blankToNull(city);
        country = Countries.normalizeCode(country);
        languages = Tags.clean(languages);
        tags = Tags.clean(tags);
        audienceNotes = Text.blankToNull(audienceNotes);
        accounts = List.copyOf(accounts == null ? List.of() : accounts);
        fit = fit == null ? BrandFit.NONE : fit;
        outreach = outreach == null ? Outreach.NEW : outreach;
    }

    /** A new, unsaved contact with only a display name. */
    public static Influencer named(String displayName) {
        return new Influencer(null, displayName, null, null, null, null, null, List.of(), List.of(), null,
                List.of(), BrandFit.NONE, Outreach.NEW, null, null);
    }

    /** The account with the largest audience: the one the contact is known by. */
    public Optional<SocialAccount> mainAccount() {
        return accounts.stream()
                .max(Comparator.comparing((SocialAccount a) -> a.followers() == null ? -1L : a.followers()));
    }

    /** Followers on the main account, {@code null} when unknown. */
    public Long mainFollowers() {
        return mainAccount().map(SocialAccount::followers).orElse(null);
    }

    public Influencer withId(Long newId) {
        return new Influencer(newId, displayName, realName, email, phone, city, country, languages, tags,
                audienceNotes, accounts, fit, outreach, createdAt, updatedAt, version);
    }

    public Influencer withAccounts(List<SocialAccount> newAccounts) {
        return new Influencer(id, displayName, realName, email, phone, city, country, languages, tags,
                audienceNotes, newAccounts, fit, outreach, createdAt, updatedAt, version);
    }

    public Influencer withFit(BrandFit newFit) {
        return new Influencer(id, displayName, realName, email, phone, city, country, languages, tags,
                audienceNotes, accounts, newFit, outreach, createdAt, updatedAt, version);
    }

    public Influencer withOutreach(Outreach newOutreach) {
        return new Influencer(id, displayName, realName, email, phone, city, country, languages, tags,
                audienceNotes, accounts, fit, newOutreach, createdAt, updatedAt, version);
    }

    public Influencer withTags(List<String> newTags) {
        return new Influencer(id, displayName, realName, email, phone, city, country, languages, newTags,
                audienceNotes, accounts, fit, outreach, createdAt, updatedAt, version);
    }

    public Influencer withVersion(long newVersion) {
        return new Influencer(id, displayName, realName, email, phone, city, country, languages, tags,
                audienceNotes, accounts, fit, outreach, createdAt, updatedAt, newVersion);
    }

    public Influencer withTimestamps(Instant created, Instant updated) {
        return new Influencer(id, displayName, realName, email, phone, city, country, languages, tags,
                audienceNotes, accounts, fit, outreach, created, updated, version);
    }
}
