package app.rapport.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.InfluencerRules;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.StatusWords;
import app.rapport.domain.safety.WorkspaceHealth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The layers below the window speak the user's language too: a rule's sentence, a status's name and the workspace
 * check read German for a German user, while the words written into files for other programs stay English.
 */
class DomainTextsTest {

    @Test
    void aBrokenRuleReadsInGermanForAGermanUser() {
        try (Messages.Speaking german = Messages.speak(Locale.GERMAN)) {
            assertThat(InfluencerRules.checkDisplayName(" ")).contains("Geben Sie einen Anzeigenamen ein.");
            assertThat(InfluencerRules.checkEmail("luna@")).get().asString().contains("E-Mail-Adresse")
                    .doesNotContain("Enter");
        }
    }

    @Test
    void statusNamesReadInTheUsersLanguageAndFilesKeepTheEnglishWord() {
        try (Messages.Speaking german = Messages.speak(Locale.GERMAN)) {
            assertThat(OutreachStatus.CONTACTED.label()).isEqualTo("Kontaktiert");
            assertThat(OutreachStatus.CONTACTED).hasToString("Kontaktiert");
            assertThat(OutreachStatus.CONTACTED.englishWord()).isEqualTo("Contacted");
            assertThat(Platform.OTHER.label()).isEqualTo("Sonstige");
            assertThat(Platform.OTHER.englishName()).isEqualTo("Other");
        }
        assertThat(OutreachStatus.CONTACTED.label()).isEqualTo("Contacted");
    }

    @Test
    void anImportReadsAStatusInTheUsersLanguageAsWellAsInEnglish() {
        try (Messages.Speaking french = Messages.speak(Locale.FRENCH)) {
            assertThat(StatusWords.find("En négociation")).contains(OutreachStatus.NEGOTIATING);
            assertThat(StatusWords.find("Negotiating")).contains(OutreachStatus.NEGOTIATING);
            assertThat(Platform.fromName("Blog/site web")).contains(Platform.BLOG);
            assertThat(Platform.fromName("Blog/website")).contains(Platform.BLOG);
        }
    }

    @Test
    void theWorkspaceCheckSpeaksGermanWithRealPlurals() {
        WorkspaceHealth health = new WorkspaceHealth("12", Map.of("contact", 1L, "deal", 2L), List.of());
        try (Messages.Speaking german = Messages.speak(Locale.GERMAN)) {
            assertThat(health.verdict()).isEqualTo("In Ordnung: Schema 12, 1 Kontakt, 3 Zeilen in 2 Tabellen, "
                    + "alle Verknüpfungen intakt.");
        }
        assertThat(health.verdict()).isEqualTo("Healthy: schema 12, 1 contact, 3 rows in 2 tables, every link "
                + "intact.");
    }

    @Test
    void thePseudoLanguageBracketsAStatusName() {
        try (Messages.Speaking pseudo = Messages.speak(Language.PSEUDO)) {
            assertThat(OutreachStatus.NOT_A_FIT.label()).startsWith("[").endsWith("]")
                    .isNotEqualTo("[Not a fit]").contains("Ñöţ");
        }
    }
}
