package app.rapport.testing;

import app.rapport.domain.TeamServer;
import app.rapport.service.Session;
import app.rapport.store.Database;
import app.rapport.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a test's workspace lives: a local H2 file, or a team workspace on PostgreSQL. Store and service tests
 * run on both ({@code @ParameterizedClass @EnumSource(Backend.class)}), so the two cannot drift apart.
 */
public enum Backend {
    H2 {
        @Override
        public Session open(Path folder, Clock clock) {
            return Session.open(folder, clock);
        }
    },
    POSTGRESQL {
        @Override
        public Session open(Path folder, Clock clock) {
            PostgresServer server = PostgresServer.get();
            return Session.openTeam(folder, database(server, folder), server.password(), clock);
        }

        @Override
        public Database openDatabase(Path folder) {
            PostgresServer server = PostgresServer.get();
            return Database.openTeam(database(server, folder), server.password());
        }
    };

    /** The server database that stands for each local folder, so a workspace opened again is the same one. */
    private static final Map<Path, TeamServer> DATABASES = new ConcurrentHashMap<>();

    /** The team database that stands for this folder, for a second person to open the same workspace. */
    public static TeamServer teamServerOf(Path folder) {
        return DATABASES.get(folder.toAbsolutePath().normalize());
    }

    private static TeamServer database(PostgresServer server, Path folder) {
        return DATABASES.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> server.newDatabase());
    }

    /** The workspace for this folder, created empty on first use; {@code folder} keeps the local files. */
    public abstract Session open(Path folder, Clock clock);

    /** The same at the store level, without the services. */
    public Database openDatabase(Path folder) {
        return Database.open(Workspace.at(folder));
    }
}
