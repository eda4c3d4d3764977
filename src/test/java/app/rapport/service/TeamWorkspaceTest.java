package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Influencer;
import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import app.rapport.testing.MutableClock;
import app.rapport.testing.PostgresServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team workspace on a real PostgreSQL: opening it, what a refusal says, two people on one workspace. */
class TeamWorkspaceTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));

    @Test
    void twoPeopleOnOneTeamWorkspaceSeeEachOthersContacts() {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        try (Session ana = Session.openTeam(folder.resolve("ana"), team, server.password(), clock);
                Session ben = Session.openTeam(folder.resolve("ben"), team, server.password(), clock)) {
            Influencer saved = ana.contacts().save(anInfluencer().named("Luna Bakes").build());

            assertThat(ben.contacts().listContacts()).extracting(Influencer::displayName).containsExactly(
                    "Luna Bakes");
            assertThat(ana.isTeam()).isTrue();
            assertThat(ana.isEncrypted()).isFalse();
            assertThat(ana.backups().check().healthy()).isTrue();
            assertThat(ana.backups().check().contacts()).isEqualTo(1);
            assertThat(saved.id()).isNotNull();
        }
        // Nothing of a team workspace is written to the local folder but the logs.
        assertThat(folder.resolve("ana").resolve("rapport.mv.db")).doesNotExist();
    }

    @Test
    void aWrongPasswordIsToldApartSoTheAppCanAskAgain() {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();

        assertThatThrownBy(() -> Session.openTeam(folder, team, "not the password", clock))
                .isInstanceOf(UserError.class).satisfies(e -> assertThat(Session.needsPassword(e)).isTrue())
                .hasMessage("That password does not open the team workspace for " + team.user() + "; try again.");
        assertThatThrownBy(() -> Session.openTeam(folder, team, null, clock))
                .satisfies(e -> assertThat(Session.needsPassword(e)).isTrue());
    }

    @Test
    void aMissingDatabaseAnUnreachableServerAndAServerWithoutTlsAreEachOnePlainSentence() throws IOException {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        TeamServer missing = new TeamServer(team.host(), team.port(), "no_such_brand", team.user(), "disable");
        TeamServer closed = new TeamServer("127.0.0.1", closedPort(), "brand", team.user(), "disable");
        TeamServer withTls = new TeamServer(team.host(), team.port(), team.database(), team.user(), "verify-full");

        assertThatThrownBy(() -> Session.openTeam(folder, missing, server.password(), clock))
                .isInstanceOf(UserError.class).hasMessage("The team server has no database called no_such_brand; "
                        + "check the name, or ask whoever runs it to create it.");
        assertThatThrownBy(() -> Session.openTeam(folder, closed, server.password(), clock))
                .isInstanceOf(UserError.class).hasMessageStartingWith("Rapport cannot reach the team server at "
                        + "127.0.0.1:" + closed.port() + ";");
        assertThatThrownBy(() -> Session.openTeam(folder, withTls, server.password(), clock))
                .isInstanceOf(UserError.class).hasMessage("The team server at 127.0.0.1:" + team.port() + " does not "
                        + "offer an encrypted connection; ask whoever runs it to turn TLS on (the README's \"Run a "
                        + "team server\" says how).");
    }

    @Test
    void backupsOfATeamWorkspaceAreLeftToItsServerWithAPlainSentence() {
        PostgresServer server = PostgresServer.get();
        try (Session session = Session.openTeam(folder, server.newDatabase(), server.password(), clock)) {
            assertThatThrownBy(() -> session.backups().automatic("manual")).isInstanceOf(UserError.class)
                    .hasMessageContaining("kept on its server");
            assertThatThrownBy(() -> session.changeEncryption("a long secret")).isInstanceOf(UserError.class);
        }
    }

    @Test
    void aSaveWhileTheServerIsDownSaysSoAndIsSavedOnceWhenItIsBack() throws Exception {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        try (Session session = Session.openTeam(folder, team, server.password(), clock)) {
            session.contacts().save(anInfluencer().named("Luna Bakes").build());
            Influencer ben = anInfluencer().named("Ben Brews").withEmail("ben@example.com").build();
            server.kill();
            try {
                assertThatThrownBy(() -> session.contacts().save(ben)).isInstanceOf(UserError.class)
                        .hasMessageContaining("cannot be reached, so nothing was read or changed");
            } finally {
                server.start();
            }

            session.contacts().save(ben);

            assertThat(session.contacts().listContacts()).extracting(Influencer::displayName)
                    .containsExactly("Luna Bakes", "Ben Brews");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
