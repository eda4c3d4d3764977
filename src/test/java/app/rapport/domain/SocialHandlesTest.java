package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SocialHandlesTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "@luna.bakes       | luna.bakes",
        "  luna.bakes      | luna.bakes",
        "@@luna            | luna",
        "' @ luna '        | luna",
        "''                | ''",
    })
    void handlesAreTrimmedAndLoseTheirAt(String raw, String expected) {
        assertThat(SocialHandles.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://www.instagram.com/luna.bakes/                  | INSTAGRAM | luna.bakes | https://www.instagram.com/luna.bakes/",
        "instagram.com/luna.bakes?igsh=abc                      | INSTAGRAM | luna.bakes | https://www.instagram.com/luna.bakes/",
        "https://www.tiktok.com/@lunabakes?lang=en              | TIKTOK    | lunabakes  | https://www.tiktok.com/@lunabakes",
        "https://m.youtube.com/@TheQuietRoast/videos            | YOUTUBE   | TheQuietRoast | https://www.youtube.com/@TheQuietRoast",
        "https://www.youtube.com/channel/UC1234567890abcdefghijkl | YOUTUBE | UC1234567890abcdefghijkl | https://www.youtube.com/channel/UC1234567890abcdefghijkl",
        "https://twitter.com/minimalmads                        | X         | minimalmads | https://x.com/minimalmads",
        "https://x.com/minimalmads/status/123                   | X         | minimalmads | https://x.com/minimalmads",
        "https://www.threads.net/@mossandmortar                 | THREADS   | mossandmortar | https://www.threads.net/@mossandmortar",
        "https://bsky.app/profile/wick.bsky.social              | BLUESKY   | wick.bsky.social | https://bsky.app/profile/wick.bsky.social",
        "https://www.linkedin.com/in/grace-lee/                 | LINKEDIN  | grace-lee  | https://www.linkedin.com/in/grace-lee",
        "https://www.twitch.tv/wildbrew                         | TWITCH    | wildbrew   | https://www.twitch.tv/wildbrew",
        "https://www.snapchat.com/add/miraglow                  | SNAPCHAT  | miraglow   | https://www.snapchat.com/add/miraglow",
        "https://www.pinterest.com/goldenhourhome/              | PINTEREST | goldenhourhome | https://www.pinterest.com/goldenhourhome/",
        "https://softlight.example/journal                      | BLOG      | softlight.example | https://softlight.example/journal",
    })
    void profileLinksRevealPlatformAndHandle(String url, Platform platform, String handle, String canonical) {
        assertThat(SocialHandles.parseProfileUrl(url)).hasValueSatisfying(profile -> {
            assertThat(profile.platform()).isEqualTo(platform);
            assertThat(profile.handle()).isEqualTo(handle);
            assertThat(profile.url()).isEqualTo(canonical);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"luna.bakes", "@luna", "https://www.instagram.com/p/Cx12ab/", "https://www.tiktok.com/"})
    void handlesAndPostLinksAreNotProfiles(String text) {
        assertThat(SocialHandles.parseProfileUrl(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"LunaBakes, lunabakes", "@Luna.Bakes, luna.bakes"})
    void handlesCompareWithoutCase(String handle, String key) {
        assertThat(SocialHandles.key(handle)).isEqualTo(key);
    }
}
