package app.rapport.store;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Campaign;
import app.rapport.domain.Interaction;
import app.rapport.domain.Money;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.TeamServer;
import app.rapport.service.Session;
import app.rapport.service.WorkspaceMoves;
import app.rapport.testing.MutableClock;
import app.rapport.testing.PostgresServer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local → Team → Local on a real PostgreSQL keeps every row of every table, and both ends stay usable. */
class WorkspaceMoveTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));

    @Test
    void aRoundTripThroughATeamServerKeepsEveryRowOfEveryTable() {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        Path local = folder.resolve("local");
        try (Session session = Session.open(local, clock)) {
            session.contacts().loadSample();
            long luna = session.contacts().listContacts().get(0).id();
            Campaign holiday = session.campaigns().save(new Campaign(null, "Holiday gifts", "Candles for December",
                    LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 24), Money.of("1000", "EUR"), List.of(),
                    Set.of(), null, List.of(), null, null));
            session.campaigns().addToShortlist(holiday.id(), List.of(luna));
            session.outreach().log(new Interaction(null, luna, Instant.parse("2026-11-26T10:00:00Z"),
                    Interaction.Channel.EMAIL, Interaction.Direction.OUTBOUND, "Sent the gifting offer", "Dear Luna…"));
            session.contacts().delete(session.contacts().listContacts().get(1).id());
        }

        Map<String, Long> toTeam = WorkspaceMoves.toTeam(local, null, team, server.password());
        Path back = folder.resolve("back");
        Map<String, Long> toLocal = WorkspaceMoves.toLocal(team, server.password(), back);

        assertThat(toTeam).isEqualTo(toLocal);
        assertThat(toTeam.get("contact")).isGreaterThan(25);
        assertThat(toTeam.get("deal")).isPositive();
        Map<String, List<Map<String, Object>>> before = everyRow(local);
        Map<String, List<Map<String, Object>>> after = everyRow(back);
        assertThat(after.keySet()).isEqualTo(before.keySet()).contains("contact", "social_account", "contact_tag",
                "deal", "instalment", "campaign", "shortlist_entry", "interaction", "status_change",
                "message_template", "saved_view", "change_log");
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).isEqualTo(rows));
        assertThat(local.resolve("backups")).isDirectoryContaining(p -> p.getFileName().toString()
                .contains("before-move"));

        // Both ends go on from there: new rows get new ids.
        try (Session copy = Session.open(back, clock);
                Session shared = Session.openTeam(folder.resolve("team-logs"), team, server.password(), clock)) {
            assertThat(copy.contacts().save(anInfluencer().named("New here").build()).id()).isNotNull();
            assertThat(shared.contacts().save(anInfluencer().named("New there").build()).id()).isNotNull();
        }
    }

    @Test
    void aTeamDatabaseThatHoldsAWorkspaceAndAFolderThatHoldsOneAreRefused() {
        PostgresServer server = PostgresServer.get();
        TeamServer team = server.newDatabase();
        Path local = folder.resolve("local");
        try (Session session = Session.open(local, clock)) {
            session.contacts().loadSample();
        }
        WorkspaceMoves.toTeam(local, null, team, server.password());

        assertThatThrownBy(() -> WorkspaceMoves.toTeam(local, null, team, server.password()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("choose an empty database");
        assertThatThrownBy(() -> WorkspaceMoves.toLocal(team, server.password(), local))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already holds a workspace");
    }

    /** Every table's rows in key order, with moments and amounts compared by value. */
    private static Map<String, List<Map<String, Object>>> everyRow(Path root) {
        try (Database database = Database.open(Workspace.at(root))) {
            return database.withHandle(h -> {
                Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
                for (String table : WorkspaceCopy.tablesParentsFirst(h)) {
                    tables.put(table, h.createQuery("SELECT * FROM " + table + " ORDER BY 1, 2").mapToMap().list()
                            .stream().map(WorkspaceMoveTest::comparable).toList());
                }
                return tables;
            });
        }
    }

    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> values.put(column, value instanceof OffsetDateTime t ? t.toInstant()
                : value instanceof BigDecimal d ? d.stripTrailingZeros() : value));
        return values;
    }
}
