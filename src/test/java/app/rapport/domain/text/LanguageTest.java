package app.rapport.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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
}
