package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalWidthTest {

    @ParameterizedTest
    @CsvSource({
        "Luna Bakes, 10",
        "李小龙, 6",
        "한글 이름, 9",
        "さくら, 6",
        "Ｆｕｌｌ, 8",
        "José, 4",
        "Jose\u0301, 4",
        "Анна, 4",
        "🍰 cake, 7",
    })
    void textTakesTheColumnsATerminalGivesIt(String text, int columns) {
        assertThat(TerminalWidth.of(text)).isEqualTo(columns);
    }
}
