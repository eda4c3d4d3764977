package app.rapport.process;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.safety.WorkspaceHealth;
import app.rapport.service.Session;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import is all rows or none, even when the process is killed (SIGKILL, no shutdown hook) in the middle of it:
 * afterwards the workspace opens, passes the check, and holds either the contacts it had or all the new ones too.
 */
class ImportKillTest {

    private static final int ROWS = 50_000;

    @TempDir
    Path folder;

    @Test
    void aLargeImportKilledAtRandomMomentsLeavesBeforeOrAfterNeverHalf() throws Exception {
        Path workspace = folder.resolve("ws");
        Path csv = folder.resolve("creators.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("Name,Email,Instagram,Followers,Niches\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("Creator " + i + ",creator" + i + "@mail.example,@creator" + i + "," + (1000 + i)
                        + ",vegan; food\n");
            }
        }
        long before;
        try (Session session = Session.open(workspace, Clock.systemUTC())) {
            session.contacts().save(anInfluencer().named("Luna Bakes").build());
            before = session.contacts().countContacts();
        }
        long seed = System.nanoTime();
        Random random = new Random(seed);

        for (int attempt = 0; attempt < 3; attempt++) {
            try (ChildRapport child = ChildRapport.start(ImportThenExit.class, workspace, csv.toString())) {
                child.awaitLine("IMPORTING");
                Thread.sleep(100 + random.nextInt(6_000));
                child.killHard();
            }

            try (Session session = Session.open(workspace, Clock.systemUTC())) {
                WorkspaceHealth health = session.backups().check();
                assertThat(health.healthy()).as("seed %d, attempt %d: %s", seed, attempt, health.verdict()).isTrue();
                assertThat(session.contacts().countContacts()).as("seed %d, attempt %d", seed, attempt)
                        .isIn(before, before + ROWS);
            }
        }
    }
}
