package app.rapport.store;

import app.rapport.domain.text.DomainTexts;
import java.nio.file.Path;

/**
 * The workspace file is there but damaged (cut short, or pages H2 cannot read), as opposed to a folder Rapport
 * cannot reach; the message says to restore a backup or salvage what can still be read.
 */
public final class WorkspaceDamagedException extends WorkspaceUnavailableException {

    private static final long serialVersionUID = 1L;

    public WorkspaceDamagedException(Path folder, Throwable cause) {
        super(DomainTexts.text("workspace.damaged", folder), cause);
    }
}
