package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The social platforms and publishing channels a creator can be found on. */
public enum Platform {
    INSTAGRAM("Instagram", "https://www.instagram.com/%s/", "instagram.com"),
    TIKTOK("TikTok", "https://www.tiktok.com/@%s", "tiktok.com"),
    YOUTUBE("YouTube", "https://www.youtube.com/@%s", "youtube.com", "youtu.be"),
    PINTEREST("Pinterest", "https://www.pinterest.com/%s/", "pinterest.com", "pinterest.co.uk", "pinterest.de",
            "pinterest.fr", "pinterest.es", "pinterest.it", "pinterest.ca", "pinterest.com.au", "pinterest.jp",
            "pinterest.com.mx", "pinterest.nl", "pinterest.se", "pinterest.pt", "pin.it"),
    FACEBOOK("Facebook", "https://www.facebook.com/%s", "facebook.com", "fb.com"),
    X("X", "https://x.com/%s", "x.com", "twitter.com"),
    THREADS("Threads", "https://www.threads.net/@%s", "threads.net", "threads.com"),
    BLUESKY("Bluesky", "https://bsky.app/profile/%s", "bsky.app"),
    TWITCH("Twitch", "https://www.twitch.tv/%s", "twitch.tv"),
    SNAPCHAT("Snapchat", "https://www.snapchat.com/add/%s", "snapchat.com"),
    LINKEDIN("LinkedIn", "https://www.linkedin.com/in/%s", "linkedin.com"),
    BLOG("Blog/website", null),
    PODCAST("Podcast", null),
    OTHER("Other", null);

    private final String englishName;
    private final String profileUrlPattern;
    private final List<String> hosts;

    Platform(String englishName, String profileUrlPattern, String... hosts) {
        this.englishName = englishName;
        this.profileUrlPattern = profileUrlPattern;
        this.hosts = List.of(hosts);
    }

    /** The name people know the platform by in the user's language, e.g. "TikTok", "Blog/Website". */
    public String label() {
        return DomainTexts.text("platform." + name());
    }

    /**
     * The name in English whatever the window speaks ("TikTok", "Blog/website"): what files written for other
     * programs carry and what is read back from them.
     */
    public String englishName() {
        return englishName;
    }

    /** Whether a handle alone determines the profile address on this platform. */
    public boolean hasCanonicalProfileUrl() {
        return profileUrlPattern != null;
    }

    /** Whether the platform makes the profile address from this (normalised) handle. */
    public boolean makesProfileUrl(String handle) {
        return profileUrlPattern != null && handle != null && !handle.isBlank();
    }

    /** The canonical profile address for a normalised handle, where the platform has one. */
    public Optional<String> profileUrl(String handle) {
        if (!makesProfileUrl(handle)) {
            return Optional.empty();
        }
        if (this == YOUTUBE && SocialHandles.isYouTubeChannelId(handle)) {
            return Optional.of("https://www.youtube.com/channel/" + handle);
        }
        return Optional.of(profileUrlPattern.formatted(handle));
    }

    /** The platform a web host belongs to, ignoring "www." and other sub-domains. */
    public static Optional<Platform> fromHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (Platform platform : values()) {
            for (String known : platform.hosts) {
                if (h.equals(known) || h.endsWith("." + known)) {
                    return Optional.of(platform);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Finds a platform by its English name, constant name or name in the user's language, as people type it
     * ("tiktok", "Blog/website").
     */
    public static Optional<Platform> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim();
        for (Platform platform : values()) {
            if (platform.englishName.equalsIgnoreCase(wanted) || platform.name().equalsIgnoreCase(wanted)
                    || platform.label().equalsIgnoreCase(wanted)) {
                return Optional.of(platform);
            }
        }
        if (wanted.equalsIgnoreCase("twitter")) {
            return Optional.of(X);
        }
        if (wanted.equalsIgnoreCase("blog") || wanted.equalsIgnoreCase("website")) {
            return Optional.of(BLOG);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label();
    }
}
