package app.rapport.store;

import app.rapport.domain.HandleTakenException;
import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.sql.DataSource;
import org.postgresql.ssl.DefaultJavaSSLFactory;
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
        trustAndAuthentication(server).forEach(config::addDataSourceProperty);
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

    /**
     * The JDBC URL for PostgreSQL's driver: timeouts so a lost network shows as an error, not a hang; and no
     * server error detail in exceptions, which would otherwise carry the values of a failed row (a name, an
     * email) into whatever logs them.
     */
    static String jdbcUrl(TeamServer server) {
        return "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + server.database() + "?sslmode="
                + server.sslMode() + "&ApplicationName=Rapport&connectTimeout=10&socketTimeout=60&tcpKeepAlive=true"
                + "&logServerErrorDetail=false";
    }

    /**
     * Whom the connection trusts and how the password is proven: the server's certificate checked against the
     * user's CA file or else Java's trusted CAs (the driver's own default, ~/.postgresql/root.crt, is a file
     * nobody has); SCRAM only, bound to the TLS channel whenever the server offers it.
     *
     * @throws WorkspaceUnavailableException when the CA file given cannot be read
     */
    static Map<String, String> trustAndAuthentication(TeamServer server) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (server.caFile() != null) {
            properties.put("sslrootcert", caFile(server).toString());
        } else {
            properties.put("sslfactory", DefaultJavaSSLFactory.class.getName());
        }
        properties.put("channelBinding", "prefer");
        properties.put("authenticationPluginClassName", ScramOnlyPassword.class.getName());
        return properties;
    }

    private static Path caFile(TeamServer server) {
        String given = server.caFile();
        Path file = given.startsWith("~/") ? Path.of(System.getProperty("user.home"), given.substring(2))
                : Path.of(given);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new WorkspaceUnavailableException("Rapport cannot read the CA file " + given + "; check its "
                    + "path (sslrootcert in the address, or CA file in the team server form).", null);
        }
        return file.toAbsolutePath();
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
        String trust = trustProblem(server, e, message);
        if (trust != null) {
            return new WorkspaceUnavailableException(trust, e);
        }
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
        if (state.equals("42501")) {
            return new WorkspaceUnavailableException(server.user() + " may not create tables in " + server.database()
                    + "; ask whoever runs the server to make them its owner.", e);
        }
        return new WorkspaceUnavailableException(unreachable(server), e);
    }

    /**
     * What a refusal about TLS or the way the password is asked for means; {@code null} for other failures.
     * None of these sentences suggests turning encryption off.
     */
    private static String trustProblem(TeamServer server, SQLException e, String message) {
        String where = server.host() + ":" + server.port();
        if (has(e, ScramOnlyPassword.Refused.class)) {
            return "The team server at " + where + " asked for the password in a form that can be read on the way "
                    + "(password or md5), so Rapport did not send it; ask whoever runs the server to use "
                    + "scram-sha-256 in its pg_hba.conf.";
        }
        if (message.contains("could not be verified by hostnameverifier")) {
            return "The team server's certificate is not issued to " + server.host() + ", so Rapport cannot be "
                    + "sure it is your server; use the name the certificate carries, or ask whoever runs the "
                    + "server for a certificate with this name.";
        }
        if (message.contains("SSL root certificate")) {
            return "Rapport cannot read the CA file " + server.caFile() + " as a certificate; check that it is "
                    + "the CA certificate (PEM) that issued the server's certificate.";
        }
        if (has(e, CertificateException.class) || has(e, CertPathValidatorException.class)
                || has(e, CertPathBuilderException.class)) {
            return server.caFile() == null
                    ? "The certificate of the team server at " + where + " could not be verified against the CAs "
                            + "this computer trusts; if your team has its own CA, give its certificate file with "
                            + "?sslrootcert=/path/to/ca.crt in the address or as the CA file in the team server form."
                    : "The certificate of the team server at " + where + " could not be verified with the CA file "
                            + server.caFile() + "; check that this CA issued the server's certificate, or ask "
                            + "whoever runs the server.";
        }
        if (message.contains("does not support SSL")) {
            return "The team server at " + where + " does not offer an encrypted connection; ask whoever runs it "
                    + "to turn TLS on (the README's \"Run a team server\" says how).";
        }
        if (has(e, SSLException.class)) {
            return "Rapport could not set up an encrypted connection with the team server at " + where + "; ask "
                    + "whoever runs it to check its TLS settings and certificate.";
        }
        return null;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String unreachable(TeamServer server) {
        return "Rapport cannot reach the team server at " + server.host() + ":" + server.port()
                + "; check the address and your network, then try again.";
    }
}
