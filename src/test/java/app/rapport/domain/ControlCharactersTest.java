package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void nulBellEscapeAndDeleteAreRemovedAndCounted() {
        ControlCharacters.Cleaned cleaned = ControlCharacters.clean("N\u0000u\u0007l\u001b\u007f", false);

        assertThat(cleaned.text()).isEqualTo("Nul");
        assertThat(cleaned.removed()).isEqualTo(4);
    }

    @Test
    void tabAndLineBreaksStayWhereAllowedAndBecomeSpacesElsewhere() {
        assertThat(ControlCharacters.clean("a\tb\r\nc", true)).isEqualTo(new ControlCharacters.Cleaned("a\tb\r\nc", 0));
        assertThat(ControlCharacters.clean("a\tb\r\nc", false)).isEqualTo(new ControlCharacters.Cleaned("a b  c", 0));
    }

    @Test
    void aLoneHalfOfASurrogatePairGoesWhileEmojiAndOtherScriptsStay() {
        String text = "Mia \ud83c\udf75 \ud83c 지우 \udf75ليلى\uffff";

        ControlCharacters.Cleaned cleaned = ControlCharacters.clean(text, false);

        assertThat(cleaned.text()).isEqualTo("Mia \ud83c\udf75  지우 ليلى");
        assertThat(cleaned.removed()).isEqualTo(3);
    }
}
