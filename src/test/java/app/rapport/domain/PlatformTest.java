package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PlatformTest {

    @ParameterizedTest
    @CsvSource({
        "INSTAGRAM, luna.bakes, https://www.instagram.com/luna.bakes/",
        "TIKTOK, lunabakes, https://www.tiktok.com/@lunabakes",
        "YOUTUBE, thequietroast, https://www.youtube.com/@thequietroast",
        "X, mads, https://x.com/mads",
    })
    void profileUrlIsDerivedFromTheHandle(Platform platform, String handle, String url) {
        assertThat(platform.profileUrl(handle)).hasValue(url);
    }

    @ParameterizedTest
    @EnumSource(value = Platform.class, names = {"BLOG", "PODCAST", "OTHER"})
    void websitesHaveNoCanonicalProfile(Platform platform) {
        assertThat(platform.hasCanonicalProfileUrl()).isFalse();
        assertThat(platform.profileUrl("anything")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"tiktok, TIKTOK", "Blog/website, BLOG", "Twitter, X", " youtube , YOUTUBE"})
    void platformsAreFoundByTheNamesPeopleUse(String name, Platform expected) {
        assertThat(Platform.fromName(name)).hasValue(expected);
    }

    @Test
    void anAccountKeepsItsOwnLinkOnlyWhereThePlatformHasNone() {
        SocialAccount instagram = SocialAccount.of(Platform.INSTAGRAM, "@luna").withProfileUrl("https://elsewhere.example");
        SocialAccount blog = SocialAccount.of(Platform.BLOG, "luna.example").withProfileUrl("https://luna.example/");
        assertThat(instagram.profileUrl()).isEqualTo("https://www.instagram.com/luna/");
        assertThat(blog.profileUrl()).isEqualTo("https://luna.example/");
    }
}
