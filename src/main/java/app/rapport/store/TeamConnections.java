package app.rapport.store;

import app.rapport.domain.TeamServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.SQLException;
import javax.sql.DataSource;

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
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
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
