package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;

/**
 * A save made from an older version of a record than the one stored: someone else (on a team workspace) or
 * another window saved it since it was opened. Nothing was written; {@link #current} is the record as it is
 * stored now, for the user to compare with their own and choose.
 */
public final class ChangedElsewhereException extends UserError {

    private static final long serialVersionUID = 1L;

    private final transient Object current;

    public ChangedElsewhereException(Object current) {
        super(DomainTexts.text("record.changedElsewhere"));
        this.current = current;
    }

    /** The record as it is stored now, or {@code null} when it was deleted meanwhile. */
    public <T> T current(Class<T> type) {
        return current == null ? null : type.cast(current);
    }
}
