package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
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
            return Optional.of(DomainTexts.text("rules.enterDisplayName"));
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of(DomainTexts.text("rules.nameTooLong", MAX_NAME_LENGTH));
        }
        return Optional.empty();
    }

    public static Optional<String> checkEmail(String email) {
        String e = Text.blankToNull(email);
        if (e == null || EMAIL.matcher(e).matches()) {
            return Optional.empty();
        }
        return Optional.of(DomainTexts.text("rules.email"));
    }

    public static Optional<String> checkCountry(String code) {
        String c = Text.blankToNull(code);
        if (c == null || Countries.isKnownCode(c)) {
            return Optional.empty();
        }
        return Optional.of(DomainTexts.text("rules.country"));
    }

    public static Optional<String> checkFollowers(String text) {
        try {
            FollowerCounts.parse(text);
            return Optional.empty();
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.of(DomainTexts.text("rules.followersTyped"));
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
                return Optional.of(DomainTexts.text("rules.engagementRange"));
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(DomainTexts.text("rules.engagementTyped"));
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
        return Optional.of(DomainTexts.text("rules.url"));
    }

    public static Optional<String> checkHandle(SocialAccount account) {
        if (!account.hasHandle() && (account.followers() != null || account.engagementRate() != null)) {
            return Optional.empty();
        }
        if (!account.hasHandle()) {
            return Optional.of(DomainTexts.text("rules.enterHandle", account.platform().label()));
        }
        if (account.platform().hasCanonicalProfileUrl() && account.handle().matches(".*\\s.*")) {
            return Optional.of(DomainTexts.text("rules.handleHasNoSpaces", account.platform().label()));
        }
        return Optional.empty();
    }

    public static Optional<String> checkRating(Integer rating) {
        if (rating == null || (rating >= BrandFit.MIN_RATING && rating <= BrandFit.MAX_RATING)) {
            return Optional.empty();
        }
        return Optional.of(DomainTexts.text("rules.rating", BrandFit.MIN_RATING, BrandFit.MAX_RATING));
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
                throw new RuleViolation(DomainTexts.text("rules.followers"));
            }
            BigDecimal rate = account.engagementRate();
            if (rate != null && (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0)) {
                throw new RuleViolation(DomainTexts.text("rules.engagementRange"));
            }
            if (!seen.add(account.platform() + ":" + account.handleKey())) {
                throw new RuleViolation(DomainTexts.text("rules.accountTwice", account.displayHandle(),
                        account.platform().label()));
            }
        }
    }

    /** The first text of the contact that is longer than its field keeps. */
    public static Optional<String> checkLengths(Influencer c) {
        List<Optional<String>> checks = new ArrayList<>(List.of(
                FieldLimits.tooLong("realName", c.realName(), FieldLimits.NAME),
                FieldLimits.tooLong("email", c.email(), FieldLimits.EMAIL),
                FieldLimits.tooLong("phone", c.phone(), FieldLimits.PHONE),
                FieldLimits.tooLong("city", c.city(), FieldLimits.CITY),
                FieldLimits.tooLong("languages", String.join(", ", c.languages()), FieldLimits.LANGUAGES),
                FieldLimits.tooLong("audience", c.audienceNotes(), FieldLimits.LONG_TEXT),
                FieldLimits.tooLong("redFlags", c.fit().redFlags(), FieldLimits.LONG_TEXT)));
        c.tags().forEach(tag -> checks.add(FieldLimits.tooLong("tag", tag, FieldLimits.TAG)));
        c.fit().notes().forEach(n -> checks.add(FieldLimits.tooLong("fitNote", n.text(),
                FieldLimits.LONG_TEXT)));
        for (SocialAccount a : c.accounts()) {
            checks.add(FieldLimits.tooLong("handle", a.handle(), FieldLimits.HANDLE));
            checks.add(FieldLimits.tooLong("profileUrl", a.profileUrl(), FieldLimits.URL));
        }
        return checks.stream().flatMap(Optional::stream).findFirst();
    }

    private static void first(Optional<String> problem) {
        if (problem.isPresent()) {
            throw new RuleViolation(problem.get());
        }
    }
}
