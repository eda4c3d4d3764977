package app.rapport.domain.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The {@code key:value} filters of the search language, with the help the search box shows for each. */
public enum QueryKey {
    TAG("tag", "a niche or tag", "tag:vegan"),
    PLATFORM("platform", "has an account there", "platform:tiktok"),
    STATUS("status", "outreach status; commas mean \"or\"", "status:prospect,contacted"),
    FOLLOWERS("followers", "followers on the main account", "followers:<50k  followers:10k..100k"),
    ENGAGEMENT("engagement", "engagement rate in percent", "engagement:>=3"),
    COUNTRY("country", "country code or name", "country:FR"),
    CITY("city", "city (part of its name)", "city:lyon"),
    FIT("fit", "brand fit rating, 1 to 5, or none", "fit:>=4"),
    FOLLOWUP("followup", "overdue, today, due, week, planned or none", "followup:overdue"),
    CAMPAIGN("campaign", "on a campaign's shortlist or in its deals", "campaign:\"Holiday\""),
    STALE("stale", "follower figures older than 90 days: yes or no", "stale:yes"),
    LANGUAGE("lang", "publishes in this language", "lang:french"),
    EMAIL("email", "part of the email address; has:email is any", "email:gmail"),
    HAS("has", "has an email, a phone number, a follow-up or a fit rating", "has:email");

    private final String word;
    private final String help;
    private final String example;

    QueryKey(String word, String help, String example) {
        this.word = word;
        this.help = help;
        this.example = example;
    }

    /** The key as typed before the colon. */
    public String word() {
        return word;
    }

    public String help() {
        return help;
    }

    public String example() {
        return example;
    }

    /** The key typed as {@code word}, in any case; "follow-up" and "niche" are accepted too. */
    public static Optional<QueryKey> of(String word) {
        String wanted = word.toLowerCase(Locale.ROOT).replace("-", "");
        if (wanted.equals("niche")) {
            return Optional.of(TAG);
        }
        if (wanted.equals("language")) {
            return Optional.of(LANGUAGE);
        }
        return Arrays.stream(values()).filter(k -> k.word.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return word;
    }
}
