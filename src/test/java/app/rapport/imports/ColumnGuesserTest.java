package app.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.exchange.ColumnGuesser;
import app.rapport.exchange.ImportField;
import app.rapport.exchange.RawTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headers people and platforms write, and the field each is guessed to fill. */
class ColumnGuesserTest {

    @ParameterizedTest(name = "\"{0}\" fills {1}")
    @CsvSource(delimiter = '|', value = {
            "Influencer Name | name", "Creator | name", "Full name | name", "Nombre | name",
            "Email Address | email", "E-mail | email", "Phone number | phone", "Country | country",
            "Niche | tags", "Notes | notes", "Instagram Handle | instagram.handle", "IG Followers | instagram.followers",
            "TikTok followers | tiktok.followers", "YouTube Subscribers | youtube.followers",
            "Eng rate | instagram.engagement"})
    void headersAreMatchedToFields(String header, String field) {
        // An Instagram column first, as in most sheets: it tells which platform a bare "Eng rate" is about.
        String first = header.equals("Instagram Handle") ? "Id" : "IG";
        RawTable table = new RawTable(List.of(first, header), List.of(List.of("@luna", "x")), List.of(2), List.of(),
                null, ',');

        Map<String, ImportField> guessed = ColumnGuesser.guess(table, null);

        assertThat(guessed.get(header)).extracting(ImportField::id).isEqualTo(field);
    }
}
