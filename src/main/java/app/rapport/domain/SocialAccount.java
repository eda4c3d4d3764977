package app.rapport.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A creator's presence on one platform: handle, profile address and the audience numbers as last checked.
 *
 * @param id             database id, {@code null} until saved
 * @param followers      follower count, {@code null} when unknown
 * @param engagementRate engagement in percent (3.2 means 3.2 %), {@code null} when unknown
 * @param profileUrl     the profile address; where the platform makes it from the handle it is not kept but
 *                       made when asked, which at 100,000 contacts saves tens of megabytes of heap
 * @param checkedOn      the day the numbers were last checked
 */
public record SocialAccount(
        Long id,
        Platform platform,
        String handle,
        String profileUrl,
        Long followers,
        BigDecimal engagementRate,
        LocalDate checkedOn,
        Instant createdAt,
        Instant updatedAt) {

    public SocialAccount {
        Objects.requireNonNull(platform, "platform");
        handle = SocialHandles.normalize(handle);
        profileUrl = platform.makesProfileUrl(handle) ? null : Text.blankToNull(profileUrl);
        engagementRate = EngagementRates.normalize(engagementRate);
    }

    /** The profile address: the one the platform makes from the handle where it does, else the one given. */
    @Override
    public String profileUrl() {
        return profileUrl != null ? profileUrl : platform.profileUrl(handle).orElse(null);
    }

    /** A new, unsaved account with only a platform and handle. */
    public static SocialAccount of(Platform platform, String handle) {
        return new SocialAccount(null, platform, handle, null, null, null, null, null, null);
    }

    /** The key two accounts of the same platform are compared by. */
    public String handleKey() {
        return SocialHandles.key(handle);
    }

    /**
     * Whether the handle is known. An imported list may give a channel's figures before its handle (a ranked
     * list of channel names and subscribers): the account keeps them, and the handle is added later.
     */
    public boolean hasHandle() {
        return !handle.isEmpty();
    }

    /** "@handle" for platforms whose handles are written that way, else the handle as is. */
    public String displayHandle() {
        if (!hasHandle()) {
            return "";
        }
        return switch (platform) {
            case BLOG, PODCAST, OTHER, LINKEDIN, FACEBOOK -> handle;
            default -> "@" + handle;
        };
    }

    public SocialAccount withFollowers(Long newFollowers) {
        return new SocialAccount(id, platform, handle, profileUrl, newFollowers, engagementRate, checkedOn,
                createdAt, updatedAt);
    }

    public SocialAccount withEngagementRate(BigDecimal rate) {
        return new SocialAccount(id, platform, handle, profileUrl, followers, rate, checkedOn, createdAt, updatedAt);
    }

    public SocialAccount withCheckedOn(LocalDate day) {
        return new SocialAccount(id, platform, handle, profileUrl, followers, engagementRate, day, createdAt, updatedAt);
    }

    public SocialAccount withProfileUrl(String url) {
        return new SocialAccount(id, platform, handle, url, followers, engagementRate, checkedOn, createdAt, updatedAt);
    }

    public SocialAccount withTimestamps(Instant created, Instant updated) {
        return new SocialAccount(id, platform, handle, profileUrl, followers, engagementRate, checkedOn, created, updated);
    }

    public SocialAccount withId(Long newId) {
        return new SocialAccount(newId, platform, handle, profileUrl, followers, engagementRate, checkedOn,
                createdAt, updatedAt);
    }
}
