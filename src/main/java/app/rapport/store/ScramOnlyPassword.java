package app.rapport.store;

import java.util.Properties;
import org.postgresql.PGProperty;
import org.postgresql.plugin.AuthenticationPlugin;
import org.postgresql.plugin.AuthenticationRequestType;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Gives PostgreSQL's driver the team password for SCRAM only. SCRAM proves the password without sending it;
 * a server asking for it in clear ({@code password}) or as MD5 would get it, or something as good as it, so
 * such a request is refused before anything is sent. The driver has no switch of its own for this.
 */
public final class ScramOnlyPassword implements AuthenticationPlugin {

    private final Properties connection;

    /** Called by the driver for each connection, with that connection's properties. */
    public ScramOnlyPassword(Properties connection) {
        this.connection = connection;
    }

    @Override
    public char[] getPassword(AuthenticationRequestType type) throws PSQLException {
        if (type != AuthenticationRequestType.SASL) {
            throw new Refused(type);
        }
        String password = PGProperty.PASSWORD.getOrDefault(connection);
        return password == null ? null : password.toCharArray();
    }

    /** The server asked for the password in a form Rapport does not send it in. */
    static final class Refused extends PSQLException {

        private static final long serialVersionUID = 1L;

        Refused(AuthenticationRequestType type) {
            // Class 28, not 08, so the refusal is not taken for a lost connection and retried.
            super("The server asked for " + type + " authentication; only SCRAM is allowed",
                    PSQLState.INVALID_AUTHORIZATION_SPECIFICATION);
        }
    }
}
