package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The key of an encrypted workspace: Argon2id, salted, tuned to about half a second on this computer. */
class KeyDerivationTest {

    @Test
    void theRealTuningUses64MiBAndASaneNumberOfIterations() {
        String fast = System.clearProperty(KeyDerivation.FAST_PROPERTY);
        try {
            KeyDerivation.Parameters parameters = KeyDerivation.tune();
            long start = System.nanoTime();
            KeyDerivation.derive("correct horse battery staple", parameters);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("Argon2id here: " + parameters.memoryKib() + " KiB, " + parameters.iterations()
                    + " iterations, " + millis + " ms");

            assertThat(parameters.memoryKib()).isEqualTo(64 * 1024);
            assertThat(parameters.salt()).hasSize(16);
            // The time it takes is the machine's (a busy one takes seconds); what the tuning chooses is checked.
            assertThat(parameters.iterations()).isBetween(1, 10);
        } finally {
            if (fast != null) {
                System.setProperty(KeyDerivation.FAST_PROPERTY, fast);
            }
        }
    }

    @Test
    void theSamePasswordAndHeaderGiveTheSameKeyAndAnotherSaltAnother() {
        KeyDerivation.Parameters first = KeyDerivation.tune();
        KeyDerivation.Parameters read = KeyDerivation.Parameters.parse(first.text());
        KeyDerivation.Parameters second = KeyDerivation.tune();

        assertThat(KeyDerivation.derive("a password", read)).isEqualTo(KeyDerivation.derive("a password", first))
                .hasSize(64).doesNotContain(" ");
        assertThat(KeyDerivation.derive("a password", second)).isNotEqualTo(KeyDerivation.derive("a password",
                first));
        assertThat(first.text()).doesNotContain("a password").startsWith("rapport-key 1\nkdf argon2id\n");
    }
}
