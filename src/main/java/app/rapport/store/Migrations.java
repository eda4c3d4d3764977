package app.rapport.store;

import app.rapport.domain.text.DomainTexts;
import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/** The workspace schema: the migrations this Rapport ships, and the refusal of a schema a newer one wrote. */
final class Migrations {

    static final String LOCATION = "classpath:app/rapport/store/migration";

    /** The schema version of the newest migration this Rapport ships; a test holds it to the migration files. */
    static final int SCHEMA_VERSION = 12;

    private Migrations() {
    }

    /** Flyway on a workspace database, with this Rapport's migrations. */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(LOCATION).failOnMissingLocations(true)
                // Applied migrations this Rapport does not know are refused by refuseFuture, with a plain sentence.
                .ignoreMigrationPatterns("*:future")
                .load();
    }

    /** Refuses a workspace a newer Rapport has upgraded, before anything is written to it. */
    static void refuseFuture(MigrationInfoService info) {
        MigrationInfo[] future = Arrays.stream(info.all()).filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED).toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            throw new WorkspaceUnavailableException(DomainTexts.text("workspace.newerSchema",
                    future[future.length - 1].getVersion().toString()), null);
        }
    }

    /** The newest schema version among the migrations this Rapport ships, as Flyway resolves them. */
    static String newestKnownVersion(DataSource dataSource) {
        return Arrays.stream(flyway(dataSource).info().all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion().getVersion())
                .max(Comparator.comparingInt(Integer::parseInt)).orElse("0");
    }
}
