package app.rapport.domain.search;

import app.rapport.domain.text.DomainTexts;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The {@code key:value} filters of the search language, with the help the search box shows for each. */
public enum QueryKey {
    NAME("name", "name:joy"),
    HANDLE("handle", "handle:@luna"),
    EMAIL("email", "email:gmail"),
    TAG("tag", "tag:vegan  tag:\"self care\",vegan", "niche"),
    PLATFORM("platform", "platform:tiktok"),
    STATUS("status", "status:prospect,contacted"),
    FOLLOWERS("followers", "followers:<50k  followers:10,000..100,000  followers:<10k,>1m"),
    ENGAGEMENT("engagement", "engagement:>=3"),
    COUNTRY("country", "country:FR  country:\"United States\",ES"),
    CITY("city", "city:lyon"),
    FIT("fit", "fit:>=4  fit:4,5"),
    FOLLOWUP("followup", "followup:overdue", "follow-up"),
    CAMPAIGN("campaign", "campaign:\"Holiday, 2026\""),
    STALE("stale", "stale:yes"),
    LANGUAGE("lang", "lang:french", "language"),
    HAS("has", "has:email");

    private final String word;
    private final List<String> examples;
    /** Other spellings accepted for the key, compared like the key with hyphens left out. */
    private final List<String> aliases;

    QueryKey(String word, String examples, String... aliases) {
        this.word = word;
        this.examples = List.of(examples.split("  "));
        this.aliases = List.of(aliases);
    }

    /** The key as typed before the colon. */
    public String word() {
        return word;
    }

    /** What the filter keeps, in a phrase for the search box's help. */
    public String help() {
        return DomainTexts.text("search.key." + name());
    }

    /**
     * How values are written, beside the keys in the search box's help: the rules no single key owns, such as
     * when a comma means "or" and when it is part of a number.
     */
    public static String syntax() {
        return DomainTexts.text("search.syntax");
    }

    /** Examples of the filter as typed, the plainest first. */
    public List<String> examples() {
        return examples;
    }

    /** The key typed as {@code word}, in any case and with or without hyphens; "niche" and "language" too. */
    public static Optional<QueryKey> of(String word) {
        String wanted = spelling(word);
        return Arrays.stream(values()).filter(k -> k.spellings().anyMatch(wanted::equals)).findFirst();
    }

    /**
     * Every key, the closest to {@code typed} first (by edit distance to the key or one of its other spellings),
     * keys as close as each other in the help's order: what to suggest for a key the search does not know.
     */
    public static List<QueryKey> closestTo(String typed) {
        String wanted = spelling(typed);
        return Arrays.stream(values())
                .sorted(Comparator.comparingInt(k -> k.spellings()
                        .mapToInt(s -> EditDistance.between(wanted, s)).min().orElseThrow()))
                .toList();
    }

    private Stream<String> spellings() {
        return Stream.concat(Stream.of(word), aliases.stream().map(QueryKey::spelling));
    }

    private static String spelling(String typed) {
        return typed.toLowerCase(Locale.ROOT).replace("-", "");
    }

    @Override
    public String toString() {
        return word;
    }
}
