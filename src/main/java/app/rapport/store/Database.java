package app.rapport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An open workspace database: locked to this process, schema migrated, ready for transactions. */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String MIGRATIONS = "classpath:app/rapport/store/migration";

    private final Workspace workspace;
    private final WorkspaceLock lock;
    private volatile JdbcConnectionPool pool;
    private volatile Jdbi jdbi;

    private Database(Workspace workspace, WorkspaceLock lock, JdbcConnectionPool pool) {
        this.workspace = workspace;
        this.lock = lock;
        use(pool);
    }

    private void use(JdbcConnectionPool newPool) {
        this.pool = newPool;
        Jdbi created = Jdbi.create(newPool);
        // One parameter map serves both the insert and the update of a row.
        created.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        this.jdbi = created;
    }

    /**
     * Opens (and on first use creates) the workspace's database and brings its schema up to date, after a
     * backup when there is something to migrate.
     *
     * @throws WorkspaceUnavailableException when the folder cannot be written, another Rapport has it open, or a
     *     newer Rapport wrote it
     */
    public static Database open(Workspace workspace) {
        try {
            workspace.create();
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(
                    "Rapport cannot create its workspace folder " + workspace.root()
                            + ". Choose a folder you can write to.", e);
        }
        WorkspaceLock lock = WorkspaceLock.take(workspace.lockFile());
        try {
            refuseNewer(workspace);
            JdbcConnectionPool pool = connect(workspace);
            Database database = new Database(workspace, lock, pool);
            database.migrate();
            LOG.info("Opened workspace {}", workspace.root());
            return database;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static JdbcConnectionPool connect(Workspace workspace) {
        // WRITE_DELAY=0 writes every commit to the file at once, so a killed process loses nothing saved.
        String url = "jdbc:h2:file:" + workspace.databaseBase() + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "rapport", "");
        try {
            pool.getConnection().close();
            return pool;
        } catch (SQLException e) {
            pool.dispose();
            throw translate(workspace, e);
        }
    }

    /**
     * Refuses a workspace a newer Rapport has upgraded, reading it without writing a byte, so the newer Rapport
     * finds it exactly as it left it.
     */
    private static void refuseNewer(Workspace workspace) {
        if (!Files.exists(workspace.databaseFile())) {
            return;
        }
        JdbcConnectionPool readOnly = JdbcConnectionPool.create("jdbc:h2:file:" + workspace.databaseBase()
                + ";ACCESS_MODE_DATA=r", "rapport", "");
        try {
            refuseFuture(Flyway.configure().dataSource(readOnly).locations(MIGRATIONS)
                    .ignoreMigrationPatterns("*:future").load().info());
        } catch (RuntimeException e) {
            if (e instanceof WorkspaceUnavailableException) {
                throw e;
            }
            // Unreadable here: the normal open below reports it in the user's terms.
            LOG.debug("Read-only look at the workspace failed", e);
        } finally {
            readOnly.dispose();
        }
    }

    private static void refuseFuture(MigrationInfoService info) {
        MigrationInfo[] future = Arrays.stream(info.all()).filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED).toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            throw new WorkspaceUnavailableException("This workspace was last used by a newer Rapport (schema "
                    + future[future.length - 1].getVersion() + "). Install that version to open it; "
                    + "nothing was changed.", null);
        }
    }

    private void migrate() {
        try {
            Flyway flyway = Flyway.configure().dataSource(pool).locations(MIGRATIONS).failOnMissingLocations(true)
                    // Applied migrations this Rapport does not know are refused below, with a plain sentence.
                    .ignoreMigrationPatterns("*:future")
                    .load();
            MigrationInfoService info = flyway.info();
            refuseFuture(info);
            if (info.current() != null && info.pending().length > 0) {
                Path backup = new Backups(workspace, this).create("before-upgrade");
                LOG.info("Backed up to {} before upgrading the schema from {}", backup.getFileName(),
                        info.current().getVersion());
            }
            flyway.migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            if (e.getCause() instanceof SQLException sql) {
                throw translate(workspace, sql);
            }
            throw e;
        }
    }

    private static WorkspaceUnavailableException translate(Workspace workspace, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new WorkspaceUnavailableException(
                    "This workspace is open in another Rapport window — close it first, or choose another "
                            + "workspace.", e);
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

    /** Runs plain SQL outside the repositories (backups, checks). */
    <T> T withHandle(Function<org.jdbi.v3.core.Handle, T> work) {
        return jdbi.withHandle(work::apply);
    }

    /**
     * Puts another database file in place of the workspace's and opens it, bringing its schema up to date.
     * The file must be on the same disk as the workspace, so the swap is one atomic rename.
     */
    void replaceWith(Path databaseFile) throws IOException {
        pool.dispose();
        try {
            Files.move(databaseFile, workspace.databaseFile(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            use(connect(workspace));
        }
        migrate();
        LOG.info("Replaced the workspace database");
    }

    /** The newest schema version among the migrations this Rapport ships, as Flyway resolves them. */
    static String newestKnownVersion(javax.sql.DataSource dataSource) {
        return Arrays.stream(Flyway.configure().dataSource(dataSource).locations(MIGRATIONS)
                        .ignoreMigrationPatterns("*:future").load().info().all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion().getVersion())
                .max(java.util.Comparator.comparingInt(Integer::parseInt)).orElse("0");
    }

    /** The newest schema version this Rapport ships. */
    String newestKnownVersion() {
        return newestKnownVersion(pool);
    }

    public Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        pool.dispose();
        lock.close();
        LOG.info("Closed workspace database");
    }
}
