package app.rapport.exchange;

import app.rapport.domain.Platform;
import app.rapport.domain.SocialHandles;
import app.rapport.domain.Text;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses which field each column holds, from its header and, where the header is vague, its values:
 * "IG" with "@names" is an Instagram handle, "Subscribers" is followers, "ER" is engagement.
 */
public final class ColumnGuesser {

    private static final Map<String, String> CONTACT_WORDS = new LinkedHashMap<>();
    private static final Map<String, String> ACCOUNT_WORDS = new LinkedHashMap<>();
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    static {
        for (String w : List.of("name", "display name", "creator", "influencer", "creator name", "full name",
                "influencer name", "contact name", "profile name", "talent", "talent name", "nom", "nombre", "nome",
                "contact")) {
            CONTACT_WORDS.put(w, "name");
        }
        CONTACT_WORDS.put("real name", "real_name");
        CONTACT_WORDS.put("real_name", "real_name");
        for (String w : List.of("email", "e mail", "mail", "email address", "courriel")) {
            CONTACT_WORDS.put(w, "email");
        }
        for (String w : List.of("phone", "telephone", "mobile", "tel", "phone number", "whatsapp")) {
            CONTACT_WORDS.put(w, "phone");
        }
        for (String w : List.of("city", "town", "location", "ville")) {
            CONTACT_WORDS.put(w, "city");
        }
        for (String w : List.of("country", "pays", "land", "nation")) {
            CONTACT_WORDS.put(w, "country");
        }
        for (String w : List.of("language", "languages", "lang")) {
            CONTACT_WORDS.put(w, "languages");
        }
        for (String w : List.of("tags", "tag", "niche", "niches", "category", "categories", "niches tags",
                "topics")) {
            CONTACT_WORDS.put(w, "tags");
        }
        for (String w : List.of("notes", "note", "comments", "audience", "notes on the audience")) {
            CONTACT_WORDS.put(w, "notes");
        }
        for (String w : List.of("website", "site", "web", "blog", "url website")) {
            CONTACT_WORDS.put(w, "website");
        }
        for (String w : List.of("fit", "fit rating", "rating", "score", "fit 1 5")) {
            CONTACT_WORDS.put(w, "fit");
        }
        CONTACT_WORDS.put("red flags", "red_flags");
        CONTACT_WORDS.put("status", "status");
        CONTACT_WORDS.put("outreach status", "status");
        CONTACT_WORDS.put("stage", "status");
        for (String w : List.of("handle", "username", "user name", "account", "profile", "@")) {
            ACCOUNT_WORDS.put(w, "handle");
        }
        for (String w : List.of("followers", "follower", "subscribers", "subs", "fans", "audience size", "reach",
                "follower count")) {
            ACCOUNT_WORDS.put(w, "followers");
        }
        for (String w : List.of("engagement", "er", "eng rate", "engagement rate", "eng", "eng %", "engagement %")) {
            ACCOUNT_WORDS.put(w, "engagement");
        }
        for (String w : List.of("url", "link", "profile url", "profile link")) {
            ACCOUNT_WORDS.put(w, "url");
        }
    }

    private ColumnGuesser() {
    }

    /**
     * A field for each header (or none, for a column to ignore), never the same field twice.
     *
     * @param platform what the whole file is about, or {@code null}
     */
    public static Map<String, ImportField> guess(RawTable table, Platform platform) {
        Map<String, ImportField> mapping = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        // "IG; Followers; ER; TikTok; Followers": a bare "Followers" belongs to the platform column before it.
        Platform previous = platform;
        for (int c = 0; c < table.headers().size(); c++) {
            String header = table.headers().get(c);
            Optional<ImportField> field = guessOne(header, column(table, c), platform != null ? platform : previous);
            if (field.isPresent() && taken.add(field.get().id())) {
                mapping.put(header, field.get());
                if (field.get().isAccount()) {
                    previous = field.get().platform();
                }
            }
        }
        return mapping;
    }

    private static List<String> column(RawTable table, int c) {
        return table.rows().stream().limit(50).map(r -> r.get(c)).filter(v -> !v.isBlank()).toList();
    }

    static Optional<ImportField> guessOne(String header, List<String> values, Platform filePlatform) {
        Optional<ImportField> exact = ImportField.named(header, filePlatform);
        if (exact.isPresent()) {
            return exact;
        }
        String folded = WORD.matcher(Text.fold(header)).replaceAll(" ").strip();
        // Numbered repeats ("subscribers 2") mean the same as the first.
        folded = folded.replaceFirst(" \\d+$", "");
        Platform named = platformIn(folded);
        String rest = named == null ? folded : WORD.matcher(folded.replaceFirst(platformWord(folded), " "))
                .replaceAll(" ").strip();
        if (ACCOUNT_WORDS.containsKey(rest) && (named != null || filePlatform != null)) {
            return Optional.of(ImportField.account(named != null ? named : filePlatform, ACCOUNT_WORDS.get(rest)));
        }
        if (named != null && rest.isEmpty()) {
            return Optional.of(ImportField.account(named, valuesLookLikeUrls(values) ? "url" : "handle"));
        }
        if (CONTACT_WORDS.containsKey(folded)) {
            return Optional.of(new ImportField(CONTACT_WORDS.get(folded), null, null));
        }
        if (ACCOUNT_WORDS.containsKey(folded)) {
            Platform p = filePlatform != null ? filePlatform : platformOfValues(values);
            return p == null ? Optional.empty() : Optional.of(ImportField.account(p, ACCOUNT_WORDS.get(folded)));
        }
        return Optional.empty();
    }

    private static final Map<String, Platform> PLATFORM_WORDS = Map.ofEntries(
            Map.entry("instagram", Platform.INSTAGRAM), Map.entry("ig", Platform.INSTAGRAM),
            Map.entry("insta", Platform.INSTAGRAM), Map.entry("tiktok", Platform.TIKTOK),
            Map.entry("tt", Platform.TIKTOK), Map.entry("youtube", Platform.YOUTUBE), Map.entry("yt", Platform.YOUTUBE),
            Map.entry("pinterest", Platform.PINTEREST), Map.entry("facebook", Platform.FACEBOOK),
            Map.entry("fb", Platform.FACEBOOK), Map.entry("twitter", Platform.X), Map.entry("x", Platform.X),
            Map.entry("threads", Platform.THREADS), Map.entry("bluesky", Platform.BLUESKY),
            Map.entry("twitch", Platform.TWITCH), Map.entry("snapchat", Platform.SNAPCHAT),
            Map.entry("linkedin", Platform.LINKEDIN), Map.entry("podcast", Platform.PODCAST));

    private static Platform platformIn(String folded) {
        for (String word : folded.split(" ")) {
            Platform p = PLATFORM_WORDS.get(word);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static String platformWord(String folded) {
        for (String word : folded.split(" ")) {
            if (PLATFORM_WORDS.containsKey(word)) {
                return "\\b" + Pattern.quote(word) + "\\b";
            }
        }
        return "$^";
    }

    private static boolean valuesLookLikeUrls(List<String> values) {
        return !values.isEmpty() && values.stream().allMatch(SocialHandles::looksLikeUrl);
    }

    /** The platform a column of profile links points to, when they all agree. */
    private static Platform platformOfValues(List<String> values) {
        Set<Platform> platforms = new HashSet<>();
        for (String v : values) {
            SocialHandles.parseProfileUrl(v).ifPresent(p -> platforms.add(p.platform()));
        }
        return platforms.size() == 1 ? platforms.iterator().next() : null;
    }
}
