package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TeamServerTest {

    @ParameterizedTest
    @CsvSource({
        "postgresql://ana@db.example.com:5433/brand, db.example.com, 5433, brand, ana, verify-full",
        "postgresql://ana@db.example.com/brand, db.example.com, 5432, brand, ana, verify-full",
        "postgresql://ana@db.example.com/brand?sslmode=require, db.example.com, 5432, brand, ana, verify-full",
        "postgres://ana@127.0.0.1:5432/brand?sslmode=disable, 127.0.0.1, 5432, brand, ana, disable",
        "PostgreSQL://ana@db.example.com/brand?sslmode=verify-full, db.example.com, 5432, brand, ana, verify-full",
        "' postgresql://ana.agency@db.example.com/brand_2026 ', db.example.com, 5432, brand_2026, ana.agency, verify-full",
        "postgresql://ana@localhost/brand?sslmode=disable, localhost, 5432, brand, ana, disable",
        "postgresql://ana@[::1]/brand?sslmode=disable, [::1], 5432, brand, ana, disable"
    })
    void anAddressIsReadIntoItsPartsWithACheckedTlsConnectionUnlessOnThisComputer(String address, String host, int port, String database,
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
    @CsvSource(delimiter = '|', value = {
        "postgresql://ana@db.example.com/brand?sslrootcert=/etc/rapport/team-ca.crt | /etc/rapport/team-ca.crt",
        "postgresql://ana@db.example.com/brand?sslmode=verify-full&sslrootcert=/home/ana/My CAs/ca.crt "
                + "| /home/ana/My CAs/ca.crt",
        "postgresql://ana@db.example.com/brand?sslrootcert=C:\\Users\\Ana\\ca 100%.crt | C:\\Users\\Ana\\ca 100%.crt",
        "postgresql://ana@db.example.com/brand?sslrootcert=/srv/a%26b%23c.crt&sslmode=verify-ca | /srv/a&b#c.crt"
    })
    void theTeamsOwnCaFileIsReadFromTheAddressAndWrittenBackTheSame(String address, String caFile) {
        TeamServer server = TeamServer.parse(address);

        assertThat(server.caFile()).isEqualTo(caFile);
        assertThat(server.host()).isEqualTo("db.example.com");
        assertThat(TeamServer.parse(server.address())).isEqualTo(server);
    }

    @Test
    void anAddressRememberedBeforeCertificatesWereCheckedNowMeansACheckedConnection() {
        TeamServer remembered = TeamServer.parse("postgresql://ana@db.example.com:5432/brand");

        assertThat(remembered.sslMode()).isEqualTo("verify-full");
        assertThat(remembered.caFile()).isNull();
        assertThat(remembered.address()).isEqualTo("postgresql://ana@db.example.com:5432/brand");
    }

    @Test
    void aRememberedAddressWithoutTlsToAnotherComputerIsReadWithTlsChecked() {
        assertThat(TeamServer.parseRemembered("postgresql://ana@db.example.com:5432/brand?sslmode=disable"))
                .isEqualTo(new TeamServer("db.example.com", 5432, "brand", "ana", "verify-full"));
        assertThat(TeamServer.parseRemembered("postgresql://ana@127.0.0.1:5432/brand?sslmode=disable").sslMode())
                .isEqualTo("disable");
        assertThatThrownBy(() -> TeamServer.parseRemembered("postgresql://db.example.com/brand"))
                .isInstanceOf(RuleViolation.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://ana@db.example.com/brand?sslmode=disable",
        "postgresql://ana@192.168.1.20/brand?sslmode=disable", "postgresql://ana@localhost.evil.example/brand?sslmode=disable"})
    void noTlsIsRefusedForAServerOnAnotherComputerWithoutSuggestingIt(String address) {
        assertThatThrownBy(() -> TeamServer.parse(address)).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("Rapport talks to a team server on another computer only over a checked, "
                        + "encrypted connection;");
    }

    @Test
    void verifyCaWithoutACaOfOnesOwnIsRefused() {
        assertThatThrownBy(() -> TeamServer.parse("postgresql://ana@db.example.com/brand?sslmode=verify-ca"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("sslrootcert");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://ana:secret@db.example.com/brand"})
    void aPasswordInTheAddressIsRefusedAndNotRepeated(String address) {
        assertThatThrownBy(() -> TeamServer.parse(address)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("password").hasMessageNotContaining("secret");
    }
}
