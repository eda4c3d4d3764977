package app.rapport.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Where a team workspace lives: a PostgreSQL database on a server, and who connects to it. The password is
 * never part of it; it is asked for or read from a password file each time.
 *
 * @param sslMode PostgreSQL's own words: {@code require} (the default: always encrypted), {@code verify-full}
 *     (also checks the server's certificate) or {@code disable} for a server on this computer
 */
public record TeamServer(String host, int port, String database, String user, String sslMode) {

    public static final int DEFAULT_PORT = 5432;
    private static final Set<String> SSL_MODES = Set.of("disable", "require", "verify-ca", "verify-full");

    public TeamServer {
        if (host == null || host.isBlank() || database == null || database.isBlank() || user == null
                || user.isBlank()) {
            throw new RuleViolation("A team workspace needs a server, a database and a user name.");
        }
        if (port < 1 || port > 65_535) {
            throw new RuleViolation("The port must be a number from 1 to 65535 (PostgreSQL's usual one is 5432).");
        }
        if (!SSL_MODES.contains(sslMode)) {
            throw new RuleViolation("The encryption setting must be one of require, verify-full, verify-ca or "
                    + "disable.");
        }
    }

    /**
     * Reads {@code postgresql://user@host:5432/dbname}, with {@code ?sslmode=disable} for a server on this
     * computer that has no TLS.
     *
     * @throws RuleViolation with what is missing or wrong, in one sentence
     */
    public static TeamServer parse(String text) {
        String example = "Write the team server as postgresql://user@host:5432/database.";
        if (text == null || !text.strip().toLowerCase(Locale.ROOT).matches("postgres(ql)?://.*")) {
            throw new RuleViolation(example);
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new RuleViolation(example);
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || uri.getUserInfo() == null || path.isEmpty()) {
            throw new RuleViolation(example);
        }
        if (uri.getUserInfo().contains(":")) {
            throw new RuleViolation("Leave the password out of the address; Rapport asks for it, or reads it "
                    + "from --password-file.");
        }
        String sslMode = "require";
        if (uri.getQuery() != null) {
            for (String part : uri.getQuery().split("&")) {
                if (part.startsWith("sslmode=")) {
                    sslMode = part.substring("sslmode=".length()).toLowerCase(Locale.ROOT);
                }
            }
        }
        return new TeamServer(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path,
                uri.getUserInfo(), sslMode);
    }

    /** The address as the user writes it (no password in it, ever). */
    public String address() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database
                + (sslMode.equals("require") ? "" : "?sslmode=" + sslMode);
    }

    @Override
    public String toString() {
        return address();
    }
}
