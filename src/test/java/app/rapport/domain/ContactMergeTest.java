package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.EditMerge.Difference;
import app.rapport.domain.ContactMerge.Part;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactMergeTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    private static Influencer contact(String name, String city, String email, List<String> tags, long version) {
        return new Influencer(7L, name, null, email, null, city, "ES", List.of(), tags, null, List.of(),
                BrandFit.NONE, Outreach.NEW, T0, T0, version);
    }

    @Test
    void onlyThePartsThatDifferAreListedWithWhoChangedThem() {
        Influencer base = contact("Luna", "Valencia", "luna@example.com", List.of("baking"), 3);
        Influencer mine = contact("Luna", "Madrid", "luna@example.com", List.of("candles"), 3);
        Influencer theirs = contact("Luna", "Valencia", "hello@luna.example", List.of("vegan"), 4);

        List<Difference<Part>> differences = ContactMerge.differences(base, mine, theirs);

        assertThat(differences).containsExactly(
                new Difference<>(Part.EMAIL, "hello@luna.example", "luna@example.com", false, true),
                new Difference<>(Part.CITY, "Valencia", "Madrid", true, false),
                new Difference<>(Part.TAGS, "vegan", "candles", true, true));
        // Keeping mine keeps what the user changed and their email, which only they changed.
        assertThat(EditMerge.theirsUnlessChangedByMe(differences)).containsExactly(Part.EMAIL);
    }

    @Test
    void aMergeTakesTheChosenPartsFromTheirsAndTheirVersion() {
        Influencer mine = contact("Luna", "Madrid", "luna@example.com", List.of("candles"), 3);
        Influencer theirs = contact("Luna B.", "Valencia", "hello@luna.example", List.of("vegan"), 4);

        Influencer merged = ContactMerge.merge(mine, theirs, EnumSet.of(Part.EMAIL, Part.DISPLAY_NAME));

        assertThat(merged.displayName()).isEqualTo("Luna B.");
        assertThat(merged.email()).isEqualTo("hello@luna.example");
        assertThat(merged.city()).isEqualTo("Madrid");
        assertThat(merged.tags()).containsExactly("candles");
        assertThat(merged.version()).isEqualTo(4);
        assertThat(ContactMerge.merge(mine, theirs, EnumSet.allOf(Part.class))).isEqualTo(theirs);
        assertThat(ContactMerge.merge(mine, theirs, Set.of()).city()).isEqualTo("Madrid");
    }
}
