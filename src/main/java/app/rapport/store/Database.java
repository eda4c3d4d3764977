package app.rapport.store;

import app.rapport.domain.Change;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.ServerUnreachableException;
import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open workspace database, schema migrated and ready for transactions: a local H2 file locked to this
 * process, or a team workspace on a PostgreSQL server shared by several people.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** The local workspace; {@code null} for a team workspace, whose data lives on its server. */
    private final Workspace workspace;
    private final WorkspaceLock lock;
    private final TeamServer server;
    /** The key H2 encrypts the file with, derived from the user's password; {@code null} for a plain file. */
    private volatile String fileKey;
    private volatile DataSource pool;
    private volatile Jdbi jdbi;
    private volatile Consumer<Change> committed = change -> { };
    private final ChangeMarks others = new ChangeMarks();

    private Database(Workspace workspace, WorkspaceLock lock, String fileKey, DataSource pool, TeamServer server) {
        this.workspace = workspace;
        this.lock = lock;
        this.fileKey = fileKey;
        this.server = server;
        use(pool);
    }

    private void use(DataSource newPool) {
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
        return open(workspace, null);
    }

    /**
     * Opens the workspace with its password: an encrypted workspace needs it, a new one given a password is
     * created encrypted, a plain one ignores it.
     *
     * @throws WorkspaceUnavailableException also when the password is missing or wrong
     */
    public static Database open(Workspace workspace, String password) {
        try {
            workspace.create();
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(DomainTexts.text("workspace.cannotCreate", workspace.root()), e);
        }
        WorkspaceLock lock = WorkspaceLock.take(workspace.lockFile());
        try {
            WorkspaceFiles.recover(workspace);
            KeyDerivation.OpeningKey opening = KeyDerivation.toOpen(workspace, password);
            String key = opening.fileKey();
            FileDamage.refuseCutShort(workspace, key);
            boolean current = LocalFiles.isCurrent(workspace, key);
            JdbcConnectionPool pool = LocalFiles.connect(workspace.databaseBase(), key, false);
            Database database = new Database(workspace, lock, key, pool, null);
            if (!current) {
                database.migrate();
            }
            int rebuilt = database.withHandle(KeyIndexes::restoreIfDropped);
            if (rebuilt > 0) {
                LOG.warn("Built {} lookup indexes again: a bulk import was cut off before it finished", rebuilt);
            }
            if (opening.legacy()) {
                database.upgradeKey(password);
            }
            PrivateFiles.secureTree(workspace.root());
            LOG.info("Opened workspace {}{}", workspace.root(), key != null ? " (encrypted)" : "");
            return database;
        } catch (IOException e) {
            lock.close();
            throw new WorkspaceUnavailableException(DomainTexts.text("workspace.cannotOpenForWriting",
                    workspace.root()), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens a team workspace on its PostgreSQL server and brings its schema up to date with the same migrations
     * a local workspace has.
     *
     * @throws WorkspaceUnavailableException when the server cannot be reached or refuses, in one sentence;
     *     {@link PasswordNeededException} when the password is missing or wrong
     */
    public static Database openTeam(TeamServer server, String password) {
        if (password == null || password.isEmpty()) {
            throw new PasswordNeededException(DomainTexts.text("team.passwordNeeded", server.user(), server.host()),
                    false);
        }
        DataSource pool = TeamConnections.pool(server, password);
        Database database = new Database(null, null, null, pool, server);
        database.migrate();
        LOG.info("Opened team workspace on {}:{}", server.host(), server.port());
        return database;
    }

    private void migrate() {
        try {
            Flyway flyway = Migrations.flyway(pool);
            MigrationInfoService info = flyway.info();
            Migrations.refuseFuture(info);
            if (workspace != null && info.current() != null && info.pending().length > 0) {
                Path backup = new Backups(workspace, this).create("before-upgrade");
                LOG.info("Backed up to {} before upgrading the schema from {}", backup.getFileName(),
                        info.current().getVersion());
            }
            flyway.migrate();
        } catch (RuntimeException e) {
            dispose(pool);
            if (e.getCause() instanceof SQLException sql) {
                throw server != null ? TeamConnections.translate(server, sql) : LocalFiles.translate(workspace.root(), sql);
            }
            throw e;
        }
    }

    /**
     * Runs the work in one transaction: everything it writes is kept, or nothing is.
     *
     * @throws ServerUnreachableException when a team server cannot be reached: nothing was
     *     written
     */
    public <T> T inTransaction(Function<Repositories, T> work) {
        for (int attempt = 1; ; attempt++) {
            boolean[] started = {false};
            Change.Recorder changes = new Change.Recorder();
            try {
                T result = jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
                    started[0] = true;
                    return work.apply(new Repositories(handle, changes));
                });
                announce(changes.build());
                return result;
            } catch (JdbiException e) {
                if (server == null) {
                    throw e;
                }
                Optional<UserError> conflict = TeamConnections.conflict(e);
                if (conflict.isPresent()) {
                    throw conflict.get();
                }
                if (!TeamConnections.isConnectionLost(e) && !TeamConnections.isUnreachable(pool)) {
                    throw e;
                }
                // A pooled connection from before a server restart fails before the work begins: nothing was sent,
                // so another connection may try. Once the work began, only the user may try again.
                if (!started[0] && attempt < 3) {
                    continue;
                }
                LOG.warn("The team server cannot be reached: {}", e.getClass().getSimpleName());
                throw new ServerUnreachableException(DomainTexts.text("team.lost",
                        server.host() + ":" + server.port()), e);
            }
        }
    }

    /**
     * Whether the database answers a query that reads nothing: a team server that is back.
     *
     * @throws ServerUnreachableException while a team server cannot be reached
     */
    public boolean answers() {
        return inTransaction(repos -> repos.handle().createQuery("SELECT 1").mapTo(Integer.class).one() == 1);
    }

    /**
     * Hands every change this database commits to {@code listener}, once committed (never for a transaction that
     * rolled back), on the thread that committed it. Other people's changes to a team workspace come from
     * {@link ChangeMarks}.
     */
    public void onCommit(Consumer<Change> listener) {
        this.committed = listener;
    }

    /**
     * Looks for other people's changes to a team workspace since the last look and announces them as this
     * window's own are (the first look only takes note of how things are). A workspace on this computer has no
     * one else writing to it.
     *
     * @throws ServerUnreachableException when the team server cannot be reached
     */
    public void lookForOthersChanges() {
        if (server != null) {
            announce(inTransaction(repos -> others.look(repos.handle())));
        }
    }

    private void announce(Change change) {
        if (change.isEmpty()) {
            return;
        }
        try {
            committed.accept(change);
        } catch (RuntimeException e) {
            // What was written is kept; a screen that failed to follow must not turn a save into an error.
            LOG.warn("A listener failed on a committed change", e);
        }
    }

    /**
     * Runs work that adds many contacts at once in one transaction, like {@link #inTransaction}. On this
     * computer's workspace the email and handle indexes are dropped first and built again after (see
     * {@link KeyIndexes}); a team server keeps its indexes, since others are using them.
     *
     * @throws RuleViolation when the work would leave two accounts with one handle (another
     *     save in this window, meanwhile): nothing was written
     */
    public <T> T inBulkTransaction(Function<Repositories, T> work) {
        if (server != null) {
            return inTransaction(work);
        }
        synchronized (this) {
            withHandle(handle -> {
                KeyIndexes.drop(handle);
                return null;
            });
            try {
                return inTransaction(repos -> {
                    T result = work.apply(repos);
                    if (KeyIndexes.handlesRepeat(repos.handle())) {
                        throw new RuleViolation(DomainTexts.text("import.handleSavedTwice"));
                    }
                    return result;
                });
            } finally {
                withHandle(KeyIndexes::restore);
            }
        }
    }

    /** Runs plain SQL in one transaction (a workspace copy). */
    <T> T inTransactionHandle(Function<Handle, T> work) {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work::apply);
    }

    /** Runs plain SQL outside the repositories (backups, checks). */
    <T> T withHandle(Function<Handle, T> work) {
        return jdbi.withHandle(work::apply);
    }

    /**
     * Puts another database file in place of the workspace's and opens it, bringing its schema up to date.
     * The file must be on the same disk as the workspace, so the swap is one atomic rename.
     */
    void replaceWith(Path databaseFile) throws IOException {
        requireLocal();
        dispose(pool);
        try {
            Files.move(databaseFile, workspace.databaseFile(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            use(LocalFiles.connect(workspace.databaseBase(), fileKey, false));
        }
        migrate();
        // A copy taken while an import was rebuilding its lookup indexes lacks them; it gets them back here.
        withHandle(KeyIndexes::restoreIfDropped);
        LOG.info("Replaced the workspace database");
    }

    /** Opens another database file (a backup being checked) with this workspace's encryption. */
    JdbcConnectionPool connectLikeThis(Path base) {
        return LocalFiles.connect(base, fileKey, false);
    }

    /** Whether the workspace file is encrypted. */
    public boolean isEncrypted() {
        return fileKey != null;
    }

    /**
     * The right password opened a file keyed the old way (one SHA-256): it gets an Argon2id key now. A failure
     * keeps the old key and the workspace open; the next open tries again.
     */
    private void upgradeKey(String password) {
        try {
            rekey(password);
            LOG.info("Upgraded the workspace's key to Argon2id");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not upgrade the workspace's key; it keeps the old one for now: {}",
                    e.getClass().getSimpleName());
        }
    }

    /** The key backups of this workspace are sealed with; {@code null} for a plain workspace. */
    byte[] backupSealKey() {
        return fileKey == null ? null : BackupSeal.keyFor(fileKey);
    }

    /**
     * Encrypts the workspace with a new password, changes its password, or ({@code null}) removes the encryption,
     * and carries every backup over to the new key (see {@link Rekey}): a kill at any moment leaves the old
     * state or the new one, never plain data beside an encrypted workspace.
     */
    public synchronized void rekey(String newPassword) throws IOException {
        requireLocal();
        KeyDerivation.DerivedKey derived = newPassword == null ? null : KeyDerivation.create(newPassword);
        String newKey = derived == null ? null : derived.fileKey();
        Map<String, Long> rows = withHandle(h -> WorkspaceCheck.run(h, newestKnownVersion())).rows();
        dispose(pool);
        try {
            Rekey.run(workspace, new Rekey.Change(fileKey, newKey, derived == null ? null : derived.parameters()),
                    copy -> {
                        JdbcConnectionPool check = LocalFiles.connect(copy, newKey, false);
                        try {
                            return Jdbi.create(check).withHandle(h -> WorkspaceCheck.run(h, "999999")).rows();
                        } finally {
                            check.dispose();
                        }
                    }, rows);
            fileKey = newKey;
        } finally {
            use(LocalFiles.connect(workspace.databaseBase(), fileKey, false));
        }
        LOG.info("Workspace encryption changed: {}", newKey == null ? "plain" : "encrypted");
    }

    /** The newest schema version this Rapport ships. */
    String newestKnownVersion() {
        return Migrations.newestKnownVersion(pool);
    }

    public Workspace workspace() {
        return workspace;
    }

    private void requireLocal() {
        if (workspace == null) {
            throw new WorkspaceUnavailableException(DomainTexts.text("team.keptOnServer"), null);
        }
    }

    /** The team server this workspace lives on, or {@code null} for a local workspace. */
    public TeamServer teamServer() {
        return server;
    }

    @Override
    public void close() {
        dispose(pool);
        if (lock != null) {
            lock.close();
        }
        LOG.info("Closed workspace database");
    }

    private static void dispose(DataSource pool) {
        if (pool instanceof JdbcConnectionPool h2) {
            h2.dispose();
        } else if (pool instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Closing the team server's connections failed: {}", e.getClass().getSimpleName());
            }
        }
    }
}
