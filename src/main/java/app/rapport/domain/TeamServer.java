package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a team workspace lives: a PostgreSQL database on a server, and who connects to it. The password is
 * never part of it; it is asked for or read from a password file each time.
 *
 * @param sslMode PostgreSQL's own words: {@code verify-full} (the default: encrypted, and the server's
 *     certificate must be issued to its name by a trusted CA), {@code verify-ca} (the CA is checked but not the
 *     name; only with a CA file of one's own) or {@code disable} (only for a server on this computer)
 * @param caFile the CA certificate that issued the server's certificate, as a path on this computer;
 *     {@code null} to trust the CAs this computer's Java trusts
 */
public record TeamServer(String host, int port, String database, String user, String sslMode, String caFile) {

    public static final int DEFAULT_PORT = 5432;
    public static final String VERIFY_FULL = "verify-full";
    private static final Set<String> SSL_MODES = Set.of("disable", "verify-ca", VERIFY_FULL);
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "::1", "[::1]", "0:0:0:0:0:0:0:1");

    public TeamServer {
        if (host == null || host.isBlank() || database == null || database.isBlank() || user == null
                || user.isBlank()) {
            throw new RuleViolation(DomainTexts.text("team.serverIncomplete"));
        }
        if (port < 1 || port > 65_535) {
            throw new RuleViolation(DomainTexts.text("team.portRange"));
        }
        // "require" encrypted without checking who answers; it is read as the checked mode rather than refused,
        // so scripts written for earlier versions keep working and gain the check.
        sslMode = sslMode == null || sslMode.equals("require") ? VERIFY_FULL : sslMode;
        caFile = caFile == null || caFile.isBlank() ? null : caFile.strip();
        if (!SSL_MODES.contains(sslMode)) {
            throw new RuleViolation(DomainTexts.text("team.sslMode"));
        }
        if (sslMode.equals("disable") && !isOnThisComputer(host)) {
            throw new RuleViolation(DomainTexts.text("team.disableOnlyHere"));
        }
        if (sslMode.equals("verify-ca") && caFile == null) {
            throw new RuleViolation(DomainTexts.text("team.verifyCaNeedsFile"));
        }
    }

    /** A server whose certificate is checked against this computer's trusted CAs. */
    public TeamServer(String host, int port, String database, String user, String sslMode) {
        this(host, port, database, user, sslMode, null);
    }

    /**
     * Reads {@code postgresql://user@host:5432/dbname}, with {@code ?sslrootcert=/path/ca.crt} for a server whose
     * certificate comes from a CA of its own, or {@code ?sslmode=disable} for a server on this computer that
     * has no TLS. Without {@code sslmode} the connection is encrypted and the certificate checked.
     *
     * @throws RuleViolation with what is missing or wrong, in one sentence
     */
    public static TeamServer parse(String text) {
        String example = DomainTexts.text("team.addressExample");
        if (text == null || !text.strip().toLowerCase(Locale.ROOT).matches("postgres(ql)?://.*")) {
            throw new RuleViolation(example);
        }
        // The query is read by hand: a CA file's path may hold spaces or backslashes that a URI refuses.
        String stripped = text.strip();
        int question = stripped.indexOf('?');
        Map<String, String> options = options(question < 0 ? "" : stripped.substring(question + 1));
        URI uri;
        try {
            uri = new URI(question < 0 ? stripped : stripped.substring(0, question));
        } catch (URISyntaxException e) {
            throw new RuleViolation(example);
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || uri.getUserInfo() == null || path.isEmpty()) {
            throw new RuleViolation(example);
        }
        if (uri.getUserInfo().contains(":")) {
            throw new RuleViolation(DomainTexts.text("team.passwordInAddress"));
        }
        String sslMode = options.getOrDefault("sslmode", VERIFY_FULL).toLowerCase(Locale.ROOT);
        return new TeamServer(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path,
                uri.getUserInfo(), sslMode, options.get("sslrootcert"));
    }

    /**
     * Reads an address a workspace folder remembered. One remembered before a connection without TLS was kept
     * to this computer ({@code sslmode=disable} to another host) is read with TLS and the certificate checked,
     * so the team workspace is still the one opened, and a server without TLS is named as such when connecting.
     *
     * @throws RuleViolation when the address is faulty for another reason
     */
    public static TeamServer parseRemembered(String text) {
        try {
            return parse(text);
        } catch (RuleViolation refused) {
            String checked = text == null ? null : text.replaceFirst("(?i)sslmode=disable", "sslmode=" + VERIFY_FULL);
            if (checked == null || checked.equals(text)) {
                throw refused;
            }
            return parse(checked);
        }
    }

    /** Whether {@code host} names this computer, the only place a connection without TLS may go. */
    public static boolean isOnThisComputer(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        return LOOPBACK_NAMES.contains(name) || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** The address as the user writes it (no password in it, ever). */
    public String address() {
        StringBuilder query = new StringBuilder();
        if (!sslMode.equals(VERIFY_FULL)) {
            query.append("sslmode=").append(sslMode);
        }
        if (caFile != null) {
            query.append(query.length() == 0 ? "" : "&").append("sslrootcert=").append(escape(caFile));
        }
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database
                + (query.length() == 0 ? "" : "?" + query);
    }

    @Override
    public String toString() {
        return address();
    }

    private static Map<String, String> options(String query) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String part : query.split("&")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                options.put(part.substring(0, equals).strip().toLowerCase(Locale.ROOT),
                        unescape(part.substring(equals + 1)));
            }
        }
        return options;
    }

    /** Only what would end or confuse the value is escaped, so a path stays readable in the address. */
    private static String escape(String value) {
        return value.replace("%", "%25").replace("&", "%26").replace("#", "%23").replace(" ", "%20");
    }

    /** Undoes percent escapes; a '%' not followed by two hex digits is kept as typed. */
    private static String unescape(String value) {
        byte[] out = new byte[value.getBytes(StandardCharsets.UTF_8).length];
        byte[] in = value.getBytes(StandardCharsets.UTF_8);
        int length = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && isHex(in[i + 1]) && isHex(in[i + 2])) {
                out[length++] = (byte) Integer.parseInt(new String(in, i + 1, 2, StandardCharsets.US_ASCII), 16);
                i += 2;
            } else {
                out[length++] = in[i];
            }
        }
        return new String(out, 0, length, StandardCharsets.UTF_8);
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
