package app.rapport.service;

/**
 * Failures as the log may keep them: exception types and code locations, never their messages, which can hold
 * a contact's name, email or the values of a SQL statement. The log then holds no contact data beyond ids.
 */
public final class SafeLog {

    private static final int FRAMES = 12;

    private SafeLog() {
    }

    /** "RuleViolation at app.rapport.service.ContactService.save(ContactService.java:60) ... caused by …". */
    public static String describe(Throwable failure) {
        StringBuilder s = new StringBuilder();
        Throwable t = failure;
        int depth = 0;
        while (t != null && depth++ < 5) {
            if (s.length() > 0) {
                s.append("\n  caused by ");
            }
            s.append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                s.append("\n    at ").append(frames[i]);
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return s.toString();
    }
}
