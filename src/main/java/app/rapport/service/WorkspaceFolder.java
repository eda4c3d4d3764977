package app.rapport.service;

import app.rapport.domain.UserError;
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
            throw new UserError(existing.equals(root)
                    ? root + " is a file, not a folder; give a folder for the workspace."
                    : "Rapport cannot create its workspace folder " + root + ": " + existing + " is a file, not a "
                            + "folder; give a folder for the workspace.");
        }
        Path logs = Session.logsDir(root);
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            if (DiskSpace.isFull(e, existing)) {
                throw DiskSpace.full(existing, e);
            }
            throw new UserError("Rapport cannot create its workspace folder " + root + "; choose a folder you can "
                    + "write to.", e);
        }
        if (!Files.isWritable(logs)) {
            throw new UserError("Rapport cannot write to its workspace folder " + root + "; choose a folder you can "
                    + "write to.");
        }
        return logs;
    }
}
