package app.rapport.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An open workspace database: schema migrated, ready for transactions. */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String MIGRATIONS = "classpath:app/rapport/store/migration";

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        // One parameter map serves both the insert and the update of a row.
        jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
    }

    /**
     * Opens (and on first use creates) the workspace's database and brings its schema up to date.
     *
     * @throws WorkspaceUnavailableException when the folder cannot be written or another Rapport has it open
     */
    public static Database open(Workspace workspace) {
        try {
            workspace.create();
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(
                    "Rapport cannot create its workspace folder " + workspace.root()
                            + ". Choose a folder you can write to.", e);
        }
        // WRITE_DELAY=0 writes every commit to the file at once, so a killed process loses nothing saved.
        String url = "jdbc:h2:file:" + workspace.databaseBase() + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "rapport", "");
        try {
            pool.getConnection().close();
            Flyway.configure()
                    .dataSource(pool)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (SQLException e) {
            pool.dispose();
            throw translate(workspace, e);
        } catch (RuntimeException e) {
            pool.dispose();
            if (e.getCause() instanceof SQLException sql) {
                throw translate(workspace, sql);
            }
            throw e;
        }
        LOG.info("Opened workspace {}", workspace.root());
        return new Database(pool);
    }

    private static WorkspaceUnavailableException translate(Workspace workspace, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new WorkspaceUnavailableException(
                    "This workspace is already open in another Rapport window. Close that window first, "
                            + "or choose another workspace.", e);
        }
        return new WorkspaceUnavailableException(
                "Rapport cannot open the workspace at " + workspace.root()
                        + ". Check that the folder is readable, or restore a backup.", e);
    }

    /** Runs the work in one transaction: everything it writes is kept, or nothing is. */
    public <T> T inTransaction(Function<Repositories, T> work) {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED,
                handle -> work.apply(new Repositories(handle)));
    }

    @Override
    public void close() {
        pool.dispose();
        LOG.info("Closed workspace database");
    }
}
