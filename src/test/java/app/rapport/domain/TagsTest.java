package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void tagsSplitOnCommasSemicolonsAndBars() {
        assertThat(Tags.parse("vegan; food, Lyon|  travel  ")).containsExactly("vegan", "food", "Lyon", "travel");
    }

    @Test
    void tagsThatDifferOnlyInCaseAreKeptOnce() {
        assertThat(Tags.clean(List.of("Vegan", "vegan", " ", "VEGAN food"))).containsExactly("Vegan", "VEGAN food");
    }

    @Test
    void foldingIgnoresAccentsAndCase() {
        assertThat(Text.fold("Café Crème")).isEqualTo("cafe creme");
    }

    @Test
    void countriesAreFoundByCodeOrName() {
        assertThat(Countries.codeFor("fr", Locale.ENGLISH)).hasValue("FR");
        assertThat(Countries.codeFor("Côte d’Ivoire", Locale.ENGLISH)).hasValue("CI");
        assertThat(Countries.codeFor("Germany", Locale.ENGLISH)).hasValue("DE");
        assertThat(Countries.displayName("JP", Locale.ENGLISH)).isEqualTo("Japan");
    }
}
