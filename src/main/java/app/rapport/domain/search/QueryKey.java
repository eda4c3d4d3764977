package app.rapport.domain.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The {@code key:value} filters of the search language, with the help the search box shows for each. */
public enum QueryKey {
    NAME("name", "display name or real name (part of it)", "name:joy"),
    HANDLE("handle", "a handle on any platform (part of it; the @ is optional)", "handle:@luna"),
    EMAIL("email", "part of the email address; has:email is any", "email:gmail"),
    TAG("tag", "a niche or tag", "tag:vegan  tag:\"self care\",vegan", "niche"),
    PLATFORM("platform", "has an account there", "platform:tiktok"),
    STATUS("status", "outreach status; commas mean \"or\"", "status:prospect,contacted"),
    FOLLOWERS("followers", "followers on the main account; 1,000,000, 1.000.000 and 1 000 000 are one number, "
            + "and a comma between numbers with k or m means \"or\"", "followers:<50k  followers:10,000..100,000  "
            + "followers:<10k,>1m"),
    ENGAGEMENT("engagement", "engagement rate in percent (2,5 is 2.5)", "engagement:>=3"),
    COUNTRY("country", "country code or name; quote names with spaces", "country:FR  country:\"United States\",ES"),
    CITY("city", "city (part of its name)", "city:lyon"),
    FIT("fit", "brand fit rating, 1 to 5, or none", "fit:>=4  fit:4,5"),
    FOLLOWUP("followup", "overdue, today, due, week, planned or none", "followup:overdue", "follow-up"),
    CAMPAIGN("campaign", "on a campaign's shortlist or in its deals", "campaign:\"Holiday, 2026\""),
    STALE("stale", "follower figures older than 90 days: yes or no", "stale:yes"),
    LANGUAGE("lang", "publishes in this language", "lang:french", "language"),
    HAS("has", "has an email, a phone number, a follow-up or a fit rating", "has:email");

    /**
     * How values are written, beside the keys in the search box's help: the rules no single key owns, such as
     * when a comma means "or" and when it is part of a number.
     */
    public static final String SYNTAX = "Compare with < <= > >= or a range a..b. Commas mean \"or\" "
            + "(status:prospect,contacted, followers:<10k,>1m), except a comma between two digits, which is part of "
            + "the number (1,000,000 or 1,5m). Quote values with spaces or commas, in a list too "
            + "(country:\"United States\",Spain). A leading minus excludes (-tag:fashion). Esc clears the search.";

    private final String word;
    private final String help;
    private final List<String> examples;
    /** Other spellings accepted for the key, compared like the key with hyphens left out. */
    private final List<String> aliases;

    QueryKey(String word, String help, String examples, String... aliases) {
        this.word = word;
        this.help = help;
        this.examples = List.of(examples.split("  "));
        this.aliases = List.of(aliases);
    }

    /** The key as typed before the colon. */
    public String word() {
        return word;
    }

    /** What the filter keeps, in a phrase for the search box's help. */
    public String help() {
        return help;
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
