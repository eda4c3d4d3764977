package app.rapport.domain.search;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A profile address pasted into the search finds its creator by the handle in it, however the browser wrote it
 * (with or without "www.", a trailing slash, "?hl=en"); addresses a platform does not make from a handle (a blog's
 * page) are searched as written.
 */
class ProfileAddressSearchTest {

    private final ContactSearch search = new ContactSearch(SearchFacts.onlyToday(LocalDate.of(2026, 12, 3)));
    private final Influencer luna = anInfluencer().named("Luna Bakes").withEmail("hello@example.com")
            .withAccount(Platform.INSTAGRAM, "luna.bakes", 100).withAccount(Platform.TIKTOK, "lunabakes", 200).build()
            .withId(1L);
    private final Influencer mila = withBlog(anInfluencer().named("Mila Makes").withEmail("mila@example.com")
            .withAccount(Platform.INSTAGRAM, "mila.makes", 300).build().withId(2L));
    private final List<Influencer> contacts = List.of(luna, mila);

    private static Influencer withBlog(Influencer contact) {
        List<SocialAccount> accounts = new ArrayList<>(contact.accounts());
        accounts.add(new SocialAccount(null, Platform.BLOG, "milamakes.example", "https://milamakes.example/about",
                null, null, null, null, null));
        return contact.withAccounts(accounts);
    }

    private List<Influencer> find(String typed) {
        return search.find(contacts, ContactQuery.parse(typed));
    }

    @Test
    void anAddressCopiedFromTheBrowserFindsItsCreator() {
        assertThat(find("https://www.instagram.com/luna.bakes/?hl=en")).containsExactly(luna);
        assertThat(find("https://www.tiktok.com/@lunabakes?lang=de")).containsExactly(luna);
        assertThat(find("instagram.com/mila.makes")).containsExactly(mila);
    }

    @Test
    void aPartlyTypedAddressFindsTheHandlesItBeginsAndItsHandleIsMarked() {
        assertThat(find("instagram.com/mila")).containsExactly(mila);
        assertThat(ContactQuery.parse("instagram.com/mila").words()).containsExactly("mila");
    }

    @Test
    void anAddressThePlatformDoesNotMakeFromAHandleIsSearchedAsWritten() {
        assertThat(find("milamakes.example/about")).containsExactly(mila);
        assertThat(luna.accounts().get(0).profileUrl()).isEqualTo("https://www.instagram.com/luna.bakes/");
    }
}
