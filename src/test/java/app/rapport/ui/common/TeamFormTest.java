package app.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.RuleViolation;
import app.rapport.domain.TeamServer;
import app.rapport.ui.common.DialogService.TeamForm;
import org.junit.jupiter.api.Test;

/** The team server form names a checked connection, with the team's CA file when one is given. */
class TeamFormTest {

    @Test
    void anEncryptedFormChecksTheCertificateWithTheCaFileGiven() {
        TeamServer server = new TeamForm("db.example.com", "5432", "brand", "ana", "pw", true,
                "/home/ana/team ca.crt").server();

        assertThat(server.sslMode()).isEqualTo("verify-full");
        assertThat(server.caFile()).isEqualTo("/home/ana/team ca.crt");
        assertThat(server.address()).isEqualTo("postgresql://ana@db.example.com:5432/brand"
                + "?sslrootcert=/home/ana/team%20ca.crt");
        assertThat(new TeamForm("db.example.com", "5432", "brand", "ana", "pw", true).server().caFile()).isNull();
    }

    @Test
    void noEncryptionIsOnlyForAServerOnThisComputer() {
        assertThat(new TeamForm("localhost", "5432", "brand", "ana", "pw", false).server().sslMode())
                .isEqualTo("disable");
        assertThatThrownBy(() -> new TeamForm("db.example.com", "5432", "brand", "ana", "pw", false).server())
                .isInstanceOf(RuleViolation.class).hasMessageContaining("another computer")
                .hasMessageNotContaining("?sslmode=disable to");
    }

    @Test
    void theFormShownAgainAfterARefusalKeepsTheCaFileButNotThePassword() {
        TeamForm again = new TeamForm("db.example.com", "5432", "brand", "ana", "pw", true, "/ca.crt")
                .withoutPassword();

        assertThat(again.password()).isEmpty();
        assertThat(again.caFile()).isEqualTo("/ca.crt");
    }
}
