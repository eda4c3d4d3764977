package app.rapport.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "asked {0} on a {1} computer: {2}")
    @CsvSource({
        "'',        de-DE, de-DE",
        "'',        fr-CA, fr-CA",
        "'',        pt-PT, pt-PT",
        "'',        ja-JP, en",
        "'',        en-GB, en-GB",
        "de,        en-US, de",
        "it-CH,     en-US, it-CH",
        "pt,        de-DE, pt-BR",
        "pt_BR,     de-DE, pt-BR",
        "nl,        de-DE, en",
        "xx-pseudo, de-DE, xx-pseudo"
    })
    void theLanguageAskedForElseTheComputersElseEnglish(String asked, String computer, String spoken) {
        assertThat(Language.chosen(asked, Locale.forLanguageTag(computer)))
                .isEqualTo(Locale.forLanguageTag(spoken));
    }

    @ParameterizedTest(name = "asked {0}, saved {1} on a {2} computer: {3}")
    @CsvSource({
        "'', de,    en-US, de",
        "'', de,    de-AT, de-AT",
        "'', '',    fr-CA, fr-CA",
        "it, de,    de-DE, it",
        "'', pt-BR, en-GB, pt-BR"
    })
    void theLanguageAskedForThenTheOneSavedInSettings(String asked, String saved, String computer, String spoken) {
        Optional<Language> choice = saved.isEmpty() ? Optional.empty() : Language.of(Locale.forLanguageTag(saved));

        assertThat(Language.chosen(asked, choice, Locale.forLanguageTag(computer)))
                .isEqualTo(Locale.forLanguageTag(spoken));
    }
}
