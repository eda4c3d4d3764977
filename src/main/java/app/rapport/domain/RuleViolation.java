package app.rapport.domain;

/** A rule of the contact book was broken; the message is one plain sentence for the user. */
public class RuleViolation extends UserError {

    private static final long serialVersionUID = 1L;

    public RuleViolation(String message) {
        super(message);
    }

    /** The same, keeping the failure that broke the rule for the log. */
    public RuleViolation(String message, Throwable cause) {
        super(message, cause);
    }
}
