package app.rapport.store;

import app.rapport.domain.UserError;

/** The workspace could not be opened; the message says what the user can do about it. */
public class WorkspaceUnavailableException extends UserError {

    private static final long serialVersionUID = 1L;

    public WorkspaceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
