package app.rapport.store;

/** The workspace is encrypted and the password was missing or wrong; the message says which. */
public final class PasswordNeededException extends WorkspaceUnavailableException {

    private static final long serialVersionUID = 1L;

    private final boolean wrong;

    public PasswordNeededException(String message, boolean wrong) {
        super(message, null);
        this.wrong = wrong;
    }

    /** Whether a password was given and did not open the workspace. */
    public boolean wrongPassword() {
        return wrong;
    }
}
