package app.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.sheet.ColumnGuess;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.sheet.RawTable;
import app.rapport.exchange.ColumnGuesser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headers people and platforms write, in several languages, with values like theirs, and the field guessed. */
class ColumnGuesserTest {

    @ParameterizedTest(name = "\"{0}\" with \"{1}\" fills {2}")
    @CsvSource(delimiter = '|', value = {
            "Influencer Name | Luna Bakes | name", "Creator | Wick & Wander | name", "Nombre | Ana Pérez | name",
            "Email Address | ana@studio.example | email", "E-mail | luna@bakes.example | email",
            "Phone number | +33 6 12 34 56 78 | phone", "Country | France | country", "Niche | baking | tags",
            "Notes | met at a fair | notes", "Instagram Handle | @luna.bakes | instagram.handle",
            "IG Followers | 12.4K | instagram.followers", "TikTok followers | 1.2M | tiktok.followers",
            "YouTube Subscribers | 224400000 | youtube.followers", "Influencer insta name | luna.bakes | instagram.handle",
            "instagram name | Luna Bakes Studio | name", "Tiktoker name | khaby.lame | tiktok.handle",
            "Tiktok name | Khaby Lame | name", "Youtuber | MrBeast6000 | youtube.handle",
            "channel_info | @mrbeast | youtube.handle", "Abonnés Instagram | 12 400 | instagram.followers",
            "Abonnenten | 1.200 | instagram.followers", "Seguidores TikTok | 3,4M | tiktok.followers",
            "Iscritti | 88.000 | instagram.followers", "Volgers | 15.300 | instagram.followers",
            "フォロワー数 | 12000 | instagram.followers", "登録者数 | 1.2M | instagram.followers",
            "인스타그램 아이디 | jiwoo.matcha | instagram.handle", "팔로워 | 3.2만 | instagram.followers",
            "Chaîne YouTube | https://www.youtube.com/@cafecreme | youtube.url", "Kanal | @kaffeeklatsch | youtube.handle",
            "Taux d'engagement | 3,2 % | instagram.engagement", "Engagement-Rate | 4.1% | instagram.engagement",
            "ER | 0.032 | instagram.engagement", "Rank | 1 | -", "S.no | 1 | -", "# | 1 | -", "순위 | 1 | -",
            "Avg. views | 12000 | -", "Fake followers % | 12% | -", "Audience country | US | -",
            "Contact | Email: ana@studio.example / WhatsApp +33 6 12 | email", "Kategorie | Food | tags",
            "Profile link | https://www.tiktok.com/@lunabakes | tiktok.url", "Status | Contacted | status",
            "Prénom | Ana | real_name", "Stadt | Berlin | city", "国 | 日本 | country"})
    void headersAndValuesAreMatchedToFields(String header, String value, String field) {
        // Instagram links first, as in many sheets: they tell which platform a bare "Abonnenten" is about.
        RawTable table = new RawTable(List.of("Instagram", header), rows(value), List.of(2, 3, 4, 5, 6, 7), List.of(), null,
                ',');

        ColumnGuess guess = ColumnGuesser.explain(table, null).get(header);

        assertThat(guess.field() == null ? "-" : guess.field().id()).as("%s: %s", header, guess.reason()).isEqualTo(field);
    }

    @ParameterizedTest(name = "\"{0}\" with no platform before it fills {2}")
    @CsvSource(delimiter = '|', value = {"Subscribers | 1.2M | youtube.followers",
            "Iscritti | 88.000 | youtube.followers", "登録者数 | 1.2M | youtube.followers",
            "구독자 수 | 45000 | youtube.followers", "Followers | 12K | instagram.followers",
            "Handle | @luna | instagram.handle", "Link | https://www.tiktok.com/@luna | tiktok.url"})
    void subscribersAreYouTubesAndABareFollowersIsInstagrams(String header, String value, String field) {
        RawTable table = new RawTable(List.of("Name", header), rows(value).stream()
                .map(r -> List.of("Creator " + r.get(0).replaceAll("\\D", ""), r.get(1))).toList(), List.of(2, 3, 4, 5, 6, 7), List.of(),
                null, ',');

        ColumnGuess guess = ColumnGuesser.explain(table, null).get(header);

        assertThat(guess.field() == null ? "-" : guess.field().id()).as("%s: %s", header, guess.reason()).isEqualTo(field);
    }

    /** Six rows of Instagram links and the value, made distinct as real handles and names are. */
    private static List<List<String>> rows(String value) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String v;
            if (value.equals("1")) {
                v = String.valueOf(i);
            } else if (value.matches("@?[\\w.]+") && !value.matches("\\d[\\d.,]*\\p{L}?")) {
                v = value + i;
            } else if (value.startsWith("https://")) {
                v = value + i;
            } else if (value.matches("\\p{L}+ \\p{L}+.*") && !value.contains("@")) {
                v = value + " " + (char) ('A' + i);
            } else {
                v = value;
            }
            rows.add(List.of("https://www.instagram.com/creator" + i + "/", v));
        }
        return rows;
    }

    @Test
    void aFigureRepeatedRoundedAndExactKeepsTheExactOne() {
        RawTable table = new RawTable(List.of("Youtuber", "Subscribers", "Subscribers 2"), List.of(
                List.of("T-Series", "224.4M", "224400000"), List.of("Cocomelon", "165M", "165000000"),
                List.of("SET India", "153M", "153000000")), List.of(2, 3, 4), List.of(), null, ',');

        Map<String, ColumnGuess> guessed = ColumnGuesser.explain(table, null);

        assertThat(guessed.get("Subscribers 2").field().id()).isEqualTo("youtube.followers");
        assertThat(guessed.get("Subscribers").isIgnored()).isTrue();
        assertThat(guessed.get("Subscribers").reason()).contains("exact one is kept");
    }

    @Test
    void severalCategoryColumnsAllFillTheTags() {
        RawTable table = new RawTable(List.of("Handle", "category_1", "category_2"), List.of(
                List.of("@ana", "Food", "Travel"), List.of("@ben", "Beauty", "")), List.of(2, 3), List.of(), null, ',');

        Map<String, ImportField> guessed = ColumnGuesser.guess(table, null);

        assertThat(guessed.get("category_1").id()).isEqualTo("tags");
        assertThat(guessed.get("category_2").id()).isEqualTo("tags");
    }

    @Test
    void aColumnTheUserMappedIsKeptAndTheOthersAreStillGuessed() {
        RawTable table = new RawTable(List.of("Who", "Followers", "Country"), List.of(
                List.of("ana.cooks", "12K", "Spain"), List.of("ben.bakes", "3K", "France")), List.of(2, 3), List.of(),
                null, ',');

        Map<String, ColumnGuess> guessed = ColumnGuesser.explain(table, null,
                Map.of("Who", ImportField.named("tiktok.handle", null).orElseThrow()));

        assertThat(guessed.get("Who").field().id()).isEqualTo("tiktok.handle");
        assertThat(guessed.get("Followers").field().id()).isEqualTo("tiktok.followers");
        assertThat(guessed.get("Country").field().id()).isEqualTo("country");
    }

    @Test
    void everyGuessSaysWhy() {
        RawTable table = new RawTable(List.of("Tiktoker name", "Rank"), List.of(List.of("khaby.lame", "1"),
                List.of("charlidamelio", "2"), List.of("bellapoarch", "3")), List.of(2, 3, 4), List.of(), null, ',');

        Map<String, ColumnGuess> guessed = ColumnGuesser.explain(table, null);

        assertThat(guessed.get("Tiktoker name").reason()).isEqualTo("values look like TikTok handles");
        assertThat(guessed.get("Rank").reason()).isEqualTo("a rank or row number");
    }
}
