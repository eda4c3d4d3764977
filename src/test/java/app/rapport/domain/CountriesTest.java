package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "US | US", "gb | GB", "USA | US", "U.S.A. | US", "UK | GB", "England | GB", "Germany | DE",
            "Deutschland | DE", "Allemagne | DE", "Brasil | BR", "Brésil | BR", "España | ES", "Espagne | ES",
            "Côte d'Ivoire | CI", "Ivory Coast | CI", "Nederland | NL", "Polska | PL", "Sverige | SE",
            "  south korea  | KR", "Italia | IT"})
    void countriesAreFoundAsPeopleWriteThem(String text, String code) {
        assertThat(Countries.find(text, Locale.ENGLISH)).hasValue(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis", "Europe", "-", "12"})
    void whatIsNoCountryIsNotGuessed(String text) {
        assertThat(Countries.find(text, Locale.ENGLISH)).isEmpty();
    }
}
