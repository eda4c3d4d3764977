package app.rapport.service;

import app.rapport.domain.UserError;
import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks the folder chosen for a workspace before anything is written there, with one sentence when it cannot serve. */
public final class WorkspaceFolder {

    private WorkspaceFolder() {
    }

    /**
     * Makes sure the folder and its logs folder exist, creating them on first use, and returns the logs folder.
     *
     * @throws UserError when the path is a file, lies under a file, or cannot be created or written
     */
    public static Path prepare(Path root) {
        Path existing = root;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new UserError(existing.equals(root) ? DomainTexts.text("workspace.isAFile", root)
                    : DomainTexts.text("workspace.fileInTheWay", root, existing));
        }
        Path logs = Session.logsDir(root);
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            if (DiskSpace.isFull(e, existing)) {
                throw DiskSpace.full(existing, e);
            }
            throw new UserError(DomainTexts.text("workspace.cannotCreate", root), e);
        }
        if (!Files.isWritable(logs)) {
            throw new UserError(DomainTexts.text("workspace.cannotWrite", root));
        }
        return logs;
    }
}
