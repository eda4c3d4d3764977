package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InfluencerRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"luna@lunabakes.example", "a.b+c@mail.co.uk", ""})
    void wellFormedOrEmptyEmailsPass(String email) {
        assertThat(InfluencerRules.checkEmail(email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"luna", "luna@", "luna@mail", "luna @mail.com", "@mail.com", "a@b@c.com"})
    void malformedEmailsAreReported(String email) {
        assertThat(InfluencerRules.checkEmail(email)).hasValue("Enter an email address like name@example.com.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "3.2", "3,2 %", "100", ""})
    void engagementBetweenZeroAndHundredPasses(String text) {
        assertThat(InfluencerRules.checkEngagement(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100.5", "high"})
    void engagementOutsideZeroToHundredIsReported(String text) {
        assertThat(InfluencerRules.checkEngagement(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "many"})
    void negativeOrNonNumericFollowersAreReported(String text) {
        assertThat(InfluencerRules.checkFollowers(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"softlight.example", "ftp://files.example/x", "https://", "https://localhost"})
    void profileLinksMustBeFullWebAddresses(String url) {
        assertThat(InfluencerRules.checkUrl(url)).isPresent();
    }

    @Test
    void aContactNeedsADisplayName() {
        assertThatThrownBy(() -> InfluencerRules.check(Influencer.named("  ")))
                .isInstanceOf(RuleViolation.class).hasMessage("Enter a display name.");
    }

    @Test
    void theSameHandleTwiceOnOneContactIsRefused() {
        Influencer contact = Influencer.named("Luna").withAccounts(List.of(
                SocialAccount.of(Platform.TIKTOK, "@Luna"), SocialAccount.of(Platform.TIKTOK, "luna")));
        assertThatThrownBy(() -> InfluencerRules.check(contact))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("listed twice");
    }

    @Test
    void anUnknownCountryCodeIsRefused() {
        Influencer contact = new Influencer(null, "Luna", null, null, null, null, "XX", List.of(), List.of(), null,
                List.of(), BrandFit.NONE, null, null, null);
        assertThatThrownBy(() -> InfluencerRules.check(contact)).hasMessage("Choose a country from the list.");
    }

    @org.junit.jupiter.api.Test
    void textLongerThanItsColumnIsRefusedWithTheFieldNamed() {
        Influencer contact = new Influencer(null, "Luna", null, null, null, null, null, List.of(),
                List.of("vegan"), "x".repeat(FieldLimits.LONG_TEXT + 1), List.of(), null, null,
                null, null);

        Assertions.assertThatThrownBy(() -> InfluencerRules.check(contact))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Keep the notes on the audience under 10,000 characters.");
        Assertions.assertThat(InfluencerRules.checkLengths(new Influencer(null, "Luna", null,
                null, null, null, null, List.of(), List.of("t".repeat(101)), null,
                List.of(), null, null, null, null)))
                .contains("Keep each niche or tag under 100 characters.");
    }
}
