package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;

/**
 * Someone else saved an account with this handle while this work ran (a colleague on the team workspace), so
 * nothing was written; done again, the work finds that contact and treats it as the same creator.
 */
public final class HandleTakenException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final Platform platform;
    private final String handle;

    public HandleTakenException(Platform platform, String handle, Throwable cause) {
        super(DomainTexts.text("contact.handleTaken", handle, platform.label()), cause);
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
