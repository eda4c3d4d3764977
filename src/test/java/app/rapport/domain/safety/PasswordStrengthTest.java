package app.rapport.domain.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordStrengthTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "short12!       | TOO_SHORT | Use at least 10 characters.",
        "password123    | WEAK      | This is one of the most common passwords, tried first by anyone guessing; choose a few words of your own.",
        "1234567890     | WEAK      | This is one of the most common passwords, tried first by anyone guessing; choose a few words of your own.",
        "aaaaaaaaaaaa   | WEAK      | Repeated or consecutive characters are guessed at once; use a few unrelated words instead.",
        "abcdefghijkl   | WEAK      | Repeated or consecutive characters are guessed at once; use a few unrelated words instead.",
        "lowercaseonly  | WEAK      | Only one kind of character: make it longer, or mix in capitals, digits or symbols.",
        "candleshop7    | FAIR      | Fair; a longer one is stronger: a few unrelated words are easy to remember and hard to guess.",
        "Candle shop 27 | STRONG    | A strong password: keep it somewhere safe.",
        "correct horse battery | STRONG | A strong password: keep it somewhere safe."})
    void aPasswordIsRatedWithOneSentenceOfAdvice(String password, PasswordStrength.Rating rating, String hint) {
        PasswordStrength strength = PasswordStrength.rate(password);

        assertThat(strength.rating()).isEqualTo(rating);
        assertThat(strength.hint()).isEqualTo(hint);
    }
}
