package app.rapport.domain;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a contact must satisfy before it is saved. Each field rule returns the message to show,
 * so the editor can show it at the field and the service can refuse the same thing.
 */
public final class InfluencerRules {

    public static final int MAX_NAME_LENGTH = FieldLimits.NAME;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InfluencerRules() {
    }

    public static Optional<String> checkDisplayName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter a display name.");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of("Keep the name under " + MAX_NAME_LENGTH + " characters.");
        }
        return Optional.empty();
    }

    public static Optional<String> checkEmail(String email) {
        String e = Text.blankToNull(email);
        if (e == null || EMAIL.matcher(e).matches()) {
            return Optional.empty();
        }
        return Optional.of("Enter an email address like name@example.com.");
    }

    public static Optional<String> checkCountry(String code) {
        String c = Text.blankToNull(code);
        if (c == null || Countries.isKnownCode(c)) {
            return Optional.empty();
        }
        return Optional.of("Choose a country from the list.");
    }

    public static Optional<String> checkFollowers(String text) {
        try {
            FollowerCounts.parse(text);
            return Optional.empty();
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.of("Followers must be a whole number of 0 or more, like 12400 or 12.4K.");
        }
    }

    /** The same for a count typed by a user of {@code locale}, read the way that locale writes numbers. */
    public static Optional<String> checkFollowers(String text, Locale locale) {
        try {
            FollowerCounts.parse(text, locale);
            return Optional.empty();
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.of("Followers must be a whole number of 0 or more, like 12400 or "
                    + FollowerCounts.abbreviate(1_200_000L, locale) + ".");
        }
    }

    public static Optional<String> checkEngagement(String text) {
        try {
            Optional<BigDecimal> rate = EngagementRates.parse(text);
            if (rate.isPresent() && (rate.get().signum() < 0 || rate.get().compareTo(HUNDRED) > 0)) {
                return Optional.of("Engagement must be between 0 and 100 %.");
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("Engagement must be a number between 0 and 100, like 3.2.");
        }
    }

    public static Optional<String> checkUrl(String url) {
        String u = Text.blankToNull(url);
        if (u == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(u);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null && uri.getHost().contains(".")) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return Optional.of("Enter a full web address starting with https://.");
    }

    public static Optional<String> checkHandle(SocialAccount account) {
        if (!account.hasHandle() && (account.followers() != null || account.engagementRate() != null)) {
            return Optional.empty();
        }
        if (!account.hasHandle()) {
            return Optional.of("Enter the " + account.platform().label() + " handle or paste the profile link.");
        }
        if (account.platform().hasCanonicalProfileUrl() && account.handle().matches(".*\\s.*")) {
            return Optional.of(article(account.platform().label()) + " " + account.platform().label()
                    + " handle has no spaces.");
        }
        return Optional.empty();
    }

    /** "An Instagram", "An X", "A TikTok": the article as the name is said. */
    private static String article(String label) {
        return "AEIOUX".indexOf(label.charAt(0)) >= 0 ? "An" : "A";
    }

    public static Optional<String> checkRating(Integer rating) {
        if (rating == null || (rating >= BrandFit.MIN_RATING && rating <= BrandFit.MAX_RATING)) {
            return Optional.empty();
        }
        return Optional.of("The fit rating goes from 1 to 5.");
    }

    /** Checks the whole contact and throws the first problem found. */
    public static void check(Influencer contact) {
        first(checkDisplayName(contact.displayName()));
        first(checkEmail(contact.email()));
        first(checkCountry(contact.country()));
        first(checkRating(contact.fit().rating()));
        first(checkLengths(contact));
        Set<String> seen = new HashSet<>();
        for (SocialAccount account : contact.accounts()) {
            first(checkHandle(account));
            first(checkUrl(account.profileUrl()));
            if (account.followers() != null && account.followers() < 0) {
                throw new RuleViolation("Followers must be a whole number of 0 or more.");
            }
            BigDecimal rate = account.engagementRate();
            if (rate != null && (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0)) {
                throw new RuleViolation("Engagement must be between 0 and 100 %.");
            }
            if (!seen.add(account.platform() + ":" + account.handleKey())) {
                throw new RuleViolation(account.displayHandle() + " on " + account.platform().label()
                        + " is listed twice for this contact.");
            }
        }
    }

    /** The first text of the contact that is longer than its field keeps. */
    public static Optional<String> checkLengths(Influencer c) {
        List<Optional<String>> checks = new ArrayList<>(List.of(
                FieldLimits.tooLong("the real name", c.realName(), FieldLimits.NAME),
                FieldLimits.tooLong("the email address", c.email(), FieldLimits.EMAIL),
                FieldLimits.tooLong("the phone number", c.phone(), FieldLimits.PHONE),
                FieldLimits.tooLong("the city", c.city(), FieldLimits.CITY),
                FieldLimits.tooLong("the languages", String.join(", ", c.languages()), FieldLimits.LANGUAGES),
                FieldLimits.tooLong("the notes on the audience", c.audienceNotes(), FieldLimits.LONG_TEXT),
                FieldLimits.tooLong("the red flags", c.fit().redFlags(), FieldLimits.LONG_TEXT)));
        c.tags().forEach(tag -> checks.add(FieldLimits.tooLong("each niche or tag", tag, FieldLimits.TAG)));
        c.fit().notes().forEach(n -> checks.add(FieldLimits.tooLong("each brand-fit note", n.text(),
                FieldLimits.LONG_TEXT)));
        for (SocialAccount a : c.accounts()) {
            checks.add(FieldLimits.tooLong("the handle", a.handle(), FieldLimits.HANDLE));
            checks.add(FieldLimits.tooLong("the profile address", a.profileUrl(), FieldLimits.URL));
        }
        return checks.stream().flatMap(Optional::stream).findFirst();
    }

    private static void first(Optional<String> problem) {
        if (problem.isPresent()) {
            throw new RuleViolation(problem.get());
        }
    }
}
