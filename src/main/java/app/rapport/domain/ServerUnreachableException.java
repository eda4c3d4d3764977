package app.rapport.domain;

/**
 * A team workspace's server could not be reached, so nothing was written; the work can be tried again once the
 * server is back.
 */
public final class ServerUnreachableException extends UserError {

    private static final long serialVersionUID = 1L;

    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
