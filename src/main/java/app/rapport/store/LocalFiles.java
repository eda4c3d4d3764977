package app.rapport.store;

import app.rapport.domain.text.DomainTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connections to a workspace file on this computer (H2), as {@link TeamConnections} are to a team server. */
final class LocalFiles {

    private static final Logger LOG = LoggerFactory.getLogger(LocalFiles.class);

    private LocalFiles() {
    }

    /** A pool on a database file; encrypted with {@code key} unless it is {@code null}. */
    static JdbcConnectionPool connect(Path base, String key, boolean readOnly) {
        // WRITE_DELAY=0 writes every commit to the file at once, so a killed process loses nothing saved;
        // no trace file, because H2 would write statements with their values there.
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;MAX_MEMORY_ROWS=1000000;LAZY_QUERY_EXECUTION=TRUE" + (key == null ? "" : ";CIPHER=AES")
                + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "rapport", key == null ? "" : key + " ");
        try {
            pool.getConnection().close();
            return pool;
        } catch (SQLException e) {
            pool.dispose();
            // H2 says "encryption error" for any encrypted file it cannot read; a header the key decrypts means the
            // password was right, and the file is damaged.
            if (key != null && e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    && FileDamage.headerReadsWith(Path.of(base + ".mv.db"), key)) {
                throw new WorkspaceDamagedException(base.getParent(), e);
            }
            throw translate(base.getParent(), e);
        }
    }

    /**
     * Whether the workspace is at this Rapport's schema; refuses one a newer Rapport has upgraded, reading it
     * without writing a byte, so the newer Rapport finds it exactly as it left it.
     */
    static boolean isCurrent(Workspace workspace, String key) {
        if (!Files.exists(workspace.databaseFile())) {
            return false;
        }
        JdbcConnectionPool readOnly;
        try {
            readOnly = connect(workspace.databaseBase(), key, true);
        } catch (PasswordNeededException e) {
            throw e;
        } catch (WorkspaceUnavailableException e) {
            // A file left by a killed process in the middle of building an index needs H2 to tidy it as it opens,
            // which a read-only open cannot: open it for writing, where Flyway's own check still applies.
            LOG.info("Opening the workspace for writing to tidy it: {}", e.getCause() == null ? e.getMessage()
                    : e.getCause().getClass().getSimpleName());
            return false;
        }
        try {
            // The usual case, a workspace at this schema, is told by one query: Flyway takes a second to start.
            if (storedVersion(readOnly) == Migrations.SCHEMA_VERSION) {
                return true;
            }
            Migrations.refuseFuture(Migrations.flyway(readOnly).info());
            return false;
        } finally {
            readOnly.dispose();
        }
    }

    /** The newest schema version applied to the workspace, or -1 when it has none yet. */
    private static int storedVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM "
                        + "\"flyway_schema_history\" WHERE \"success\"")) {
            return result.next() && result.getObject(1) != null ? result.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    static WorkspaceUnavailableException translate(Path folder, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new WorkspaceUnavailableException(DomainTexts.text("workspace.openElsewhere"), e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1 || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
            return new PasswordNeededException(DomainTexts.text("workspace.wrongPassword"), true);
        }
        if (FileDamage.isDamage(e)) {
            return new WorkspaceDamagedException(folder, e);
        }
        return new WorkspaceUnavailableException(DomainTexts.text("workspace.unreadable", folder), e);
    }
}
