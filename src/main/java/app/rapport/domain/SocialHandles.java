package app.rapport.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalises handles and recognises the platform and handle in a pasted profile address. */
public final class SocialHandles {

    private static final Pattern YOUTUBE_CHANNEL_ID = Pattern.compile("UC[\\w-]{22}");
    private static final Pattern HAS_SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");
    private static final Pattern LOOKS_LIKE_HOST = Pattern.compile("(?i)^(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+(/.*)?$");
    // Path segments that are pages of a platform, not somebody's profile.
    private static final Set<String> NOT_PROFILES = Set.of(
            "p", "reel", "reels", "explore", "stories", "watch", "shorts", "playlist", "pin",
            "search", "hashtag", "tag", "share", "home", "i", "intent", "video", "status");

    private SocialHandles() {
    }

    /** What a pasted profile address turned out to be. */
    public record Profile(Platform platform, String handle, String url) {
    }

    /** Trims a handle and strips any leading "@"; an empty result becomes "". */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String handle = raw.strip();
        while (handle.startsWith("@")) {
            handle = handle.substring(1).strip();
        }
        return handle;
    }

    /** The key two handles are compared by: platforms treat handles case-insensitively. */
    public static String key(String handle) {
        return normalize(handle).toLowerCase(Locale.ROOT);
    }

    static boolean isYouTubeChannelId(String handle) {
        return YOUTUBE_CHANNEL_ID.matcher(handle).matches();
    }

    /** Whether the text is a web address rather than a bare handle. */
    public static boolean looksLikeUrl(String text) {
        String t = text == null ? "" : text.strip();
        return HAS_SCHEME.matcher(t).matches() || (LOOKS_LIKE_HOST.matcher(t).matches() && t.contains("/"));
    }

    /**
     * Recognises a profile address such as {@code https://www.tiktok.com/@luna.bakes?lang=en}.
     * Addresses on hosts of no known platform are returned as {@link Platform#BLOG} with the host as handle.
     */
    public static Optional<Profile> parseProfileUrl(String text) {
        if (!looksLikeUrl(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        URI uri;
        try {
            uri = new URI(HAS_SCHEME.matcher(t).matches() ? t : "https://" + t);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host == null) {
            return Optional.empty();
        }
        List<String> path = Arrays.stream(Optional.ofNullable(uri.getPath()).orElse("").split("/"))
                .filter(s -> !s.isBlank())
                .toList();
        Optional<Platform> platform = Platform.fromHost(host);
        if (platform.isEmpty()) {
            String site = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            return Optional.of(new Profile(Platform.BLOG, site, t));
        }
        return handleFrom(platform.get(), path)
                .map(handle -> new Profile(platform.get(), handle,
                        platform.get().profileUrl(handle).orElse(t)));
    }

    private static Optional<String> handleFrom(Platform platform, List<String> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String first = path.get(0);
        String second = path.size() > 1 ? path.get(1) : null;
        String handle = switch (platform) {
            case YOUTUBE -> first.startsWith("@") ? first
                    : Set.of("c", "user", "channel").contains(first) ? second : null;
            case TIKTOK, THREADS -> first.startsWith("@") ? first : null;
            case BLUESKY -> "profile".equals(first) ? second : null;
            case SNAPCHAT -> "add".equals(first) ? second : null;
            case LINKEDIN -> "in".equals(first) ? second : null;
            default -> NOT_PROFILES.contains(first.toLowerCase(Locale.ROOT)) ? null : first;
        };
        String normalized = normalize(handle);
        return normalized.isEmpty() ? Optional.empty() : Optional.of(normalized);
    }
}
