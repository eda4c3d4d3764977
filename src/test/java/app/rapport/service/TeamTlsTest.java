package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Influencer;
import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import app.rapport.testing.MutableClock;
import app.rapport.testing.PostgresServer;
import app.rapport.testing.TestCertificates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team connection trusts no stranger: a server answering with a certificate nobody vouches for, or one not
 * issued to its name, is refused before the password goes anywhere; a server with a certificate from the
 * team's own CA is accepted when that CA is given; a server asking for the password in clear is refused even
 * over a checked connection. Two throw-away servers: an impostor with a self-signed certificate for
 * evil-mitm.example, and the team's server with a certificate from a test CA for 127.0.0.1.
 */
class TeamTlsTest {

    @TempDir
    static Path certificates;
    @TempDir
    Path folder;

    private static PostgresServer impostor;
    private static PostgresServer team;
    private static Path ca;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));

    @BeforeAll
    static void startServers() throws IOException {
        Path evil = TestCertificates.selfSigned(certificates, "evil", "evil-mitm.example");
        // An impostor that would take the password in clear, so a leak would let the connection in.
        impostor = PostgresServer.startWithTls(evil, TestCertificates.keyOf(evil),
                List.of("hostssl all all 127.0.0.0/8 password"));
        impostor.execute("postgres", "CREATE DATABASE brand");

        TestCertificates authority = TestCertificates.withCa(certificates);
        ca = authority.caCertificate();
        Path real = authority.issue("server", "localhost", "DNS:localhost,IP:127.0.0.1");
        team = PostgresServer.startWithTls(real, TestCertificates.keyOf(real), List.of(
                "hostssl cleartext all 127.0.0.0/8 password",
                "hostssl all md5_user 127.0.0.0/8 md5",
                "hostssl all all 127.0.0.0/8 scram-sha-256"));
        team.execute("postgres", "CREATE DATABASE brand");
        team.execute("postgres", "CREATE DATABASE cleartext");
        team.execute("postgres", "SET password_encryption = 'md5'; CREATE ROLE md5_user LOGIN PASSWORD 'md5-secret'; "
                + "GRANT ALL ON DATABASE brand TO md5_user");
    }

    @AfterAll
    static void stopServers() {
        for (PostgresServer server : new PostgresServer[] {impostor, team}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void anImpostorsSelfSignedCertificateIsRefusedByDefaultBeforeThePasswordIsSent() throws Exception {
        TeamServer address = TeamServer.parse("postgresql://rapport@127.0.0.1:" + impostor.port() + "/brand");

        assertThatThrownBy(() -> Session.openTeam(folder, address, impostor.password(), clock))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("The certificate of the team server at 127.0.0.1:" + impostor.port()
                        + " could not be verified against the CAs this computer trusts;")
                .hasMessageContaining("sslrootcert=")
                .hasMessageNotContaining("sslmode=disable");
        assertThat(letIn(impostor, "brand")).as("the impostor was given the password").isFalse();
    }

    @Test
    void theTeamsOwnCaCertificateIsTrustedWhenGivenAndOnlyThen() throws Exception {
        String address = "postgresql://rapport@127.0.0.1:" + team.port() + "/brand";

        assertThatThrownBy(() -> Session.openTeam(folder, TeamServer.parse(address), team.password(), clock))
                .isInstanceOf(UserError.class).hasMessageContaining("could not be verified");
        try (Session session = Session.openTeam(folder, TeamServer.parse(address + "?sslrootcert=" + ca),
                team.password(), clock)) {
            session.contacts().save(anInfluencer().named("Luna Bakes").build());

            assertThat(session.contacts().listContacts()).extracting(Influencer::displayName)
                    .containsExactly("Luna Bakes");
        }
    }

    @Test
    void aCertificateNotIssuedToTheServersNameIsRefusedSayingSo() {
        // The same server reached as 127.0.0.2, a name its certificate does not carry.
        TeamServer address = TeamServer.parse("postgresql://rapport@127.0.0.2:" + team.port() + "/brand?sslrootcert="
                + ca);

        assertThatThrownBy(() -> Session.openTeam(folder, address, team.password(), clock))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("The team server's certificate is not issued to 127.0.0.2,")
                .hasMessageNotContaining("sslmode");
    }

    @Test
    void aServerAskingForThePasswordInClearOrAsMd5IsRefusedEvenOverACheckedConnection() throws Exception {
        TeamServer cleartext = TeamServer.parse("postgresql://rapport@127.0.0.1:" + team.port() + "/cleartext"
                + "?sslrootcert=" + ca);
        TeamServer md5 = TeamServer.parse("postgresql://md5_user@127.0.0.1:" + team.port() + "/brand?sslrootcert="
                + ca);

        assertThatThrownBy(() -> Session.openTeam(folder, cleartext, team.password(), clock))
                .isInstanceOf(UserError.class).hasMessageContaining("asked for the password in a form that can "
                        + "be read on the way").hasMessageContaining("scram-sha-256");
        assertThatThrownBy(() -> Session.openTeam(folder, md5, "md5-secret", clock))
                .isInstanceOf(UserError.class).hasMessageContaining("asked for the password in a form");
        assertThat(letIn(team, "cleartext")).as("the password was sent in clear").isFalse();
        assertThat(team.log()).doesNotContain("user=md5_user database=brand");
    }

    @Test
    void theCaFileIsRememberedInTheAddressAndAMissingOneIsOnePlainSentence() {
        TeamServer missing = TeamServer.parse("postgresql://rapport@127.0.0.1:" + team.port() + "/brand?sslrootcert="
                + folder.resolve("no such ca.crt"));

        assertThat(TeamServer.parse(missing.address())).isEqualTo(missing);
        assertThatThrownBy(() -> Session.openTeam(folder, missing, team.password(), clock))
                .isInstanceOf(UserError.class).hasMessageStartingWith("Rapport cannot read the CA file ");
    }

    /**
     * Whether the server let anyone into {@code database}: a connection of the tests' own (which does send
     * the password as asked) is made to the postgres database and awaited in the log first, so a connection
     * to {@code database} made before it has been logged too.
     */
    private static boolean letIn(PostgresServer server, String database) throws Exception {
        String ours = "connection authorized: user=rapport database=postgres ";
        int before = server.log().split(ours, -1).length;
        try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port()
                + "/postgres?sslmode=require", "rapport", server.password())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (server.log().split(ours, -1).length == before) {
                assertThat(System.nanoTime()).as("the server logged the tests' own connection:\n%s", server.log())
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
        }
        return server.log().contains("connection authorized: user=rapport database=" + database + " ");
    }
}
