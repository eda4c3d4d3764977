package app.rapport.domain;

/** A write found the disk full; its message already says so, naming the place the user chose. */
public final class DiskFullException extends UserError {

    private static final long serialVersionUID = 1L;

    public DiskFullException(String message, Throwable cause) {
        super(message, cause);
    }
}
