package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TeamServerTest {

    @ParameterizedTest
    @CsvSource({
        "postgresql://ana@db.example.com:5433/brand, db.example.com, 5433, brand, ana, require",
        "postgresql://ana@db.example.com/brand, db.example.com, 5432, brand, ana, require",
        "postgres://ana@127.0.0.1:5432/brand?sslmode=disable, 127.0.0.1, 5432, brand, ana, disable",
        "PostgreSQL://ana@db.example.com/brand?sslmode=verify-full, db.example.com, 5432, brand, ana, verify-full",
        "' postgresql://ana.agency@db.example.com/brand_2026 ', db.example.com, 5432, brand_2026, ana.agency, require"
    })
    void anAddressIsReadIntoItsPartsWithTlsUnlessTurnedOff(String address, String host, int port, String database,
            String user, String sslMode) {
        TeamServer server = TeamServer.parse(address);

        assertThat(server).isEqualTo(new TeamServer(host, port, database, user, sslMode));
        assertThat(TeamServer.parse(server.address())).isEqualTo(server);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "db.example.com", "mysql://ana@db/brand", "postgresql://db.example.com/brand",
        "postgresql://ana@db.example.com", "postgresql://ana@db.example.com:99999/brand",
        "postgresql://ana@db.example.com/brand?sslmode=sometimes", "postgresql://ana@db example.com/brand"})
    void aFaultyAddressIsOnePlainSentence(String address) {
        assertThatThrownBy(() -> TeamServer.parse(address)).isInstanceOf(RuleViolation.class)
                .hasMessageEndingWith(".").hasMessageNotContaining("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://ana:secret@db.example.com/brand"})
    void aPasswordInTheAddressIsRefusedAndNotRepeated(String address) {
        assertThatThrownBy(() -> TeamServer.parse(address)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("password").hasMessageNotContaining("secret");
    }
}
