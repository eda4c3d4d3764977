package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.text.Language;
import app.rapport.domain.text.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code rapport --help} speaks the user's language, every command and option of it. */
class HelpLanguageTest {

    private String help(String... args) {
        StringWriter out = new StringWriter();
        int exit = RapportCommand.run(args, (folder, team, password) -> { }, Map.of(), new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(exit).isZero();
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theHelpOfEveryCommandIsInTheComputersLanguage(Language language) {
        try (Messages.Speaking spoken = Messages.speak(language.locale())) {
            ResourceBundle texts = Messages.bundle(RapportCommand.HELP);
            String help = help("import", "--help");

            assertThat(help.replaceAll("\\s+", " ")).contains(
                    texts.getString("rapport.import.dry-run").replaceAll("\\s+", " "),
                    texts.getString("help").replaceAll("\\s+", " "));
        }
    }

    @Test
    void onAGermanComputerTheHelpSaysNoEnglishSentence() {
        try (Messages.Speaking german = Messages.speak(Locale.GERMANY)) {
            String help = help("--help");

            assertThat(help).doesNotContain("Rapport keeps your", "Show this help", "Imports contacts", "Backs up");
        }
    }

    @Test
    void inThePseudoLanguageEveryDescriptionCameFromTheBundle() {
        try (Messages.Speaking pseudo = Messages.speak(Language.PSEUDO)) {
            String help = help("export", "--help");

            assertThat(help).contains("[", "]").doesNotContain("Writes contacts");
        }
    }
}
