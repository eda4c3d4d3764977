package app.rapport.process;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.TeamServer;
import app.rapport.testing.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team imports that fail mid-statement, again and again, leave no contact in the log: a real Rapport, with the
 * app's own logging set-up, imports a batch into a team workspace while its server connection is cut each
 * time an INSERT of the batch is running (as a server stopped mid-import does), and the log files are then
 * searched for every name, email and phone of the batch.
 */
class TeamLogPrivacyTest {

    private static final int ROWS = 3_000;
    private static final int CHILDREN = 6;

    @TempDir
    Path folder;

    @Test
    void importsCutOffMidStatementLogNoNameEmailOrPhoneOfTheBatch() throws Exception {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        Path workspace = folder.resolve("ws");
        Path passwordFile = folder.resolve("password.txt");
        Files.writeString(passwordFile, server.password() + "\n", StandardCharsets.UTF_8);
        List<String> secrets = new ArrayList<>();
        StringBuilder csv = new StringBuilder("Name,Email,Phone,City,Instagram\n");
        for (int i = 0; i < ROWS; i++) {
            String name = "Bulk Creator " + (44_000 + i);
            String email = "bulk" + (44_000 + i) + ".creator@example.com";
            String phone = String.format(Locale.ROOT, "+44 7700 %06d", 44_000 + i);
            csv.append(name).append(',').append(email).append(',').append(phone).append(",Leeds,@bulkcreator")
                    .append(44_000 + i).append('\n');
            secrets.addAll(List.of(name, email, phone));
        }
        Path bulk = folder.resolve("bulk.csv");
        Files.writeString(bulk, csv, StandardCharsets.UTF_8);
        String appLogging = Path.of(TeamLogPrivacyTest.class.getResource("/logback.xml").toURI()).toString();
        List<String> run = List.of("--workspace", workspace.toString(), "--db", team.address(), "--password-file",
                passwordFile.toString(), "import", bulk.toString(), "--on-duplicate", "skip");

        AtomicInteger cut = new AtomicInteger();
        for (int child = 0; child < CHILDREN && !logs(workspace).contains("marked as broken"); child++) {
            List<String> args = new ArrayList<>(run);
            args.add(";");
            args.addAll(run);
            try (ChildRapport rapport = ChildRapport.startWithOptions(
                    List.of("-Dlogback.configurationFile=" + appLogging), CliScript.class, workspace,
                    args.toArray(String[]::new))) {
                AtomicBoolean done = new AtomicBoolean();
                Thread cutter = new Thread(() -> cutInsertsUntil(server, team, done, cut));
                cutter.start();
                try {
                    rapport.awaitLine("DONE");
                } finally {
                    done.set(true);
                    cutter.join();
                }
            }
        }

        String logged = logs(workspace);
        // The flood did reach the pool's warning that once carried the whole INSERT, so the search below means something.
        assertThat(cut.get()).isPositive();
        assertThat(logged).contains("marked as broken");
        String lower = logged.toLowerCase(Locale.ROOT);
        assertThat(secrets.stream().filter(s -> lower.contains(s.toLowerCase(Locale.ROOT))).limit(5))
                .as("names, emails and phones of the batch in the log").isEmpty();
        assertThat(logged).doesNotContain("INSERT INTO contact").doesNotContain("bulkcreator");
    }

    /** Ends each server process running an INSERT of the batch, until {@code done}. */
    private static void cutInsertsUntil(PostgresServer server, TeamServer team, AtomicBoolean done,
            AtomicInteger cut) {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + team.host() + ":" + team.port()
                + "/postgres?sslmode=disable", team.user(), server.password());
                PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM "
                        + "pg_stat_activity WHERE datname = ? AND state = 'active' AND (query LIKE 'INSERT INTO "
                        + "contact %' OR query LIKE 'INSERT INTO social_account %')")) {
            terminate.setString(1, team.database());
            while (!done.get()) {
                try (ResultSet ended = terminate.executeQuery()) {
                    while (ended.next()) {
                        cut.incrementAndGet();
                    }
                }
                Thread.sleep(5);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String logs(Path workspace) throws Exception {
        Path logs = workspace.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path log : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
