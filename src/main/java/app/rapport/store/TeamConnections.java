package app.rapport.store;

import app.rapport.domain.HandleTakenException;
import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import app.rapport.domain.text.DomainTexts;
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
            throw new WorkspaceUnavailableException(DomainTexts.text("team.caFileUnreadable", given), null);
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
                return Optional.of(new RuleViolation(DomainTexts.text("team.sameTag"), t));
            }
            return Optional.of(new RuleViolation(DomainTexts.text("team.sameRecord"), t));
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
            return new PasswordNeededException(DomainTexts.text("team.wrongPassword", server.user()), true);
        }
        if (state.equals("28000")) {
            return new WorkspaceUnavailableException(DomainTexts.text("team.notLetIn", server.user()), e);
        }
        if (state.equals("3D000")) {
            return new WorkspaceUnavailableException(DomainTexts.text("team.noDatabase", server.database()), e);
        }
        if (state.equals("42501")) {
            return new WorkspaceUnavailableException(DomainTexts.text("team.mayNotCreate", server.user(),
                    server.database()), e);
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
            return DomainTexts.text("team.plainPassword", where);
        }
        if (message.contains("could not be verified by hostnameverifier")) {
            return DomainTexts.text("team.certificateName", server.host());
        }
        if (message.contains("SSL root certificate")) {
            return DomainTexts.text("team.caFileNotACertificate", server.caFile());
        }
        if (has(e, CertificateException.class) || has(e, CertPathValidatorException.class)
                || has(e, CertPathBuilderException.class)) {
            return server.caFile() == null ? DomainTexts.text("team.certificateUntrusted", where)
                    : DomainTexts.text("team.certificateNotFromCa", where, server.caFile());
        }
        if (message.contains("does not support SSL")) {
            return DomainTexts.text("team.noTls", where);
        }
        if (has(e, SSLException.class)) {
            return DomainTexts.text("team.tlsFailed", where);
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
        return DomainTexts.text("team.unreachable", server.host() + ":" + server.port());
    }
}
