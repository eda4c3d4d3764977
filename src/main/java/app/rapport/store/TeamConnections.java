package app.rapport.store;

import app.rapport.domain.HandleTakenException;
import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Connections to a team workspace's PostgreSQL server, and what its refusals mean to the user. */
final class TeamConnections {

    private TeamConnections() {
    }

    /**
     * A small pool that checks each connection before use, so a server restarted since the last save is
     * reconnected to instead of failing.
     */
    static DataSource pool(TeamServer server, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("rapport-team");
        config.setJdbcUrl(jdbcUrl(server));
        config.setUsername(server.user());
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(3_000);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw e.getCause() instanceof SQLException sql ? translate(server, sql)
                    : new WorkspaceUnavailableException(unreachable(server), e);
        }
    }

    /** The JDBC URL for PostgreSQL's driver; timeouts so a lost network shows as an error, not a hang. */
    static String jdbcUrl(TeamServer server) {
        return "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + server.database() + "?sslmode="
                + server.sslMode() + "&ApplicationName=Rapport&connectTimeout=10&socketTimeout=60&tcpKeepAlive=true";
    }

    /**
     * Whether a failure was the connection itself (the server down, restarting or out of reach) rather than
     * anything the work did: PostgreSQL's connection states (08…, 57P01–57P03) or the pool finding no connection.
     */
    static boolean isConnectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            // Jdbi's tidying after a lost connection fails too, and keeps the first failure as a suppressed one.
            for (Throwable suppressed : t.getSuppressed()) {
                if (isConnectionLost(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the server answers now: asked after a failure whose own exceptions no longer say why (a connection
     * that broke mid-transaction leaves Jdbi's tidying with only "Connection is closed").
     */
    static boolean isUnreachable(DataSource pool) {
        try (Connection connection = pool.getConnection()) {
            return !connection.isValid(3);
        } catch (SQLException e) {
            return true;
        }
    }

    private static final Pattern HANDLE_KEY = Pattern.compile("\\(platform, handle_key\\)=\\(([A-Z_]+), (.*)\\)");

    /**
     * The save a colleague's save of the same handle or tag refused (a unique key PostgreSQL holds across
     * everyone's transactions), as a sentence naming it; empty for any other failure.
     */
    static Optional<UserError> conflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!(t instanceof SQLException sql) || !"23505".equals(sql.getSQLState())) {
                continue;
            }
            // A batch's refusal names the constraint only in the server's own message, one link further on.
            if (!(t instanceof PSQLException) && sql.getNextException() instanceof PSQLException next) {
                t = next;
            }
            ServerErrorMessage server = t instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
            String constraint = server == null || server.getConstraint() == null ? "" : server.getConstraint();
            if (constraint.equals("uq_social_account_handle")) {
                Matcher key = HANDLE_KEY.matcher(server.getDetail() == null ? "" : server.getDetail());
                Optional<Platform> platform = key.find() ? Platform.fromName(key.group(1)) : Optional.empty();
                if (platform.isPresent()) {
                    return Optional.of(new HandleTakenException(platform.get(), key.group(2), t));
                }
            }
            if (constraint.equals("uq_tag_name_key")) {
                return Optional.of(new RuleViolation("Someone else added the same new tag at the same moment, so "
                        + "nothing was saved; try again.", t));
            }
            return Optional.of(new RuleViolation("Someone else saved the same record at the same moment, so "
                    + "nothing was saved; try again.", t));
        }
        return Optional.empty();
    }

    /** One sentence for what went wrong, by PostgreSQL's SQL state. */
    static WorkspaceUnavailableException translate(TeamServer server, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (state.equals("28P01") || state.equals("28000") && message.contains("password")) {
            return new PasswordNeededException("That password does not open the team workspace for "
                    + server.user() + "; try again.", true);
        }
        if (state.equals("28000")) {
            return new WorkspaceUnavailableException("The team server does not let " + server.user() + " in from "
                    + "this computer; ask whoever runs it to allow you.", e);
        }
        if (state.equals("3D000")) {
            return new WorkspaceUnavailableException("The team server has no database called " + server.database()
                    + "; check the name, or ask whoever runs it to create it.", e);
        }
        if (message.contains("does not support SSL") || message.contains("SSL")) {
            return new WorkspaceUnavailableException("The team server does not accept an encrypted connection; for "
                    + "a server on this computer, add ?sslmode=disable to its address.", e);
        }
        if (state.equals("42501")) {
            return new WorkspaceUnavailableException(server.user() + " may not create tables in " + server.database()
                    + "; ask whoever runs the server to make them its owner.", e);
        }
        return new WorkspaceUnavailableException(unreachable(server), e);
    }

    private static String unreachable(TeamServer server) {
        return "Rapport cannot reach the team server at " + server.host() + ":" + server.port()
                + "; check the address and your network, then try again.";
    }
}
