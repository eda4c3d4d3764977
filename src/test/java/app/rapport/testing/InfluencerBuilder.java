package app.rapport.testing;

import app.rapport.domain.BrandFit;
import app.rapport.domain.FitNote;
import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test contacts with sensible defaults: {@code anInfluencer().named("Luna").withInstagram("luna", 12400).build()}. */
public final class InfluencerBuilder {

    private String displayName = "Luna Bakes";
    private String realName = "Luna Martínez";
    private String email = "luna@lunabakes.example";
    private String country = "ES";
    private List<String> tags = List.of("baking", "vegan");
    private final List<SocialAccount> accounts = new ArrayList<>();
    private Integer rating = 4;
    private final List<FitNote> notes = new ArrayList<>();

    private InfluencerBuilder() {
    }

    public static InfluencerBuilder anInfluencer() {
        return new InfluencerBuilder();
    }

    public InfluencerBuilder named(String name) {
        this.displayName = name;
        return this;
    }

    public InfluencerBuilder withEmail(String address) {
        this.email = address;
        return this;
    }

    public InfluencerBuilder withTags(String... newTags) {
        this.tags = List.of(newTags);
        return this;
    }

    public InfluencerBuilder withAccount(Platform platform, String handle, long followers) {
        accounts.add(new SocialAccount(null, platform, handle, null, followers, new BigDecimal("4.5"),
                LocalDate.of(2026, 11, 1), null, null));
        return this;
    }

    public InfluencerBuilder withNote(Instant at, String text) {
        notes.add(FitNote.at(at, text));
        return this;
    }

    public InfluencerBuilder withRating(Integer newRating) {
        this.rating = newRating;
        return this;
    }

    /** The contact as the store takes it in: it and each of its accounts created and last changed at this instant. */
    public static Influencer stamped(Influencer contact, Instant at) {
        List<SocialAccount> accounts = contact.accounts().stream().map(a -> a.withTimestamps(at, at)).toList();
        return contact.withAccounts(accounts).withTimestamps(at, at);
    }

    public Influencer build() {
        return new Influencer(null, displayName, realName, email, "+34 600 555 014", "Valencia", country,
                List.of("Spanish", "English"), tags, "Home bakers", List.copyOf(accounts),
                new BrandFit(rating, null, List.copyOf(notes)), null, null, null);
    }
}
