package app.rapport.domain;

/**
 * Someone else saved an account with this handle while this work ran (a colleague on the team workspace), so
 * nothing was written; done again, the work finds that contact and treats it as the same creator.
 */
public final class HandleTakenException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final Platform platform;
    private final String handle;

    public HandleTakenException(Platform platform, String handle, Throwable cause) {
        super("Someone else saved @" + handle + " on " + platform.label() + " at the same moment, so nothing was "
                + "saved; try again.", cause);
        this.platform = platform;
        this.handle = handle;
    }

    public Platform platform() {
        return platform;
    }

    public String handle() {
        return handle;
    }
}
