package app.rapport.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PseudoTest {

    @Test
    void everyLetterIsAccentedTheTextBracketedAndAtLeastFortyPercentLonger() {
        String pseudo = Pseudo.of("Save the contact");

        assertThat(pseudo).startsWith("[").endsWith("]").doesNotContainPattern("[a-zA-Z]");
        assertThat(pseudo.length()).isGreaterThanOrEqualTo((int) ("Save the contact".length() * 1.4));
    }

    @Test
    void whatTheProgramFillsInIsLeftAsItIs() {
        String pseudo = Pseudo.of("{0,choice,1#one contact|1<{0,number,integer} contacts} in %s");

        assertThat(pseudo).contains("{0,choice,1#", "{0,number,integer}", "%s");
        assertThat(new MessageFormat(pseudo, Locale.ENGLISH).format(new Object[] {3})).contains("3 ");
    }

    @Test
    void lineBreaksAndSpacesAtTheEndStayOutsideTheBrackets() {
        assertThat(Pseudo.of("Usage: ")).endsWith("] ");
        assertThat(Pseudo.of("Commands:%n")).endsWith("]%n");
    }
}
