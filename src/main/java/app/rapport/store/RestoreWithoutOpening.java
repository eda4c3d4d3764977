package app.rapport.store;

import app.rapport.domain.safety.WorkspaceHealth;
import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in place of a workspace whose file does not open. Only the backup is opened and checked; the
 * damaged file is kept beside it under a dated name, never deleted, and the backup takes its place in one rename.
 */
public final class RestoreWithoutOpening {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreWithoutOpening.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The workspace as the restore left it, and where the damaged file was kept ({@code null}: there was none). */
    public record Result(WorkspaceHealth health, Path keptAside) {
    }

    private RestoreWithoutOpening() {
    }

    /**
     * Restores {@code backup} into the workspace without opening the workspace's own file.
     *
     * @param password the workspace's password when it is encrypted, else {@code null}; a backup must be
     *                 encrypted exactly when the workspace is
     * @throws WorkspaceUnavailableException when the backup cannot be used (the workspace is then as it was), or
     *     another Rapport has the workspace open
     */
    public static Result restore(Workspace workspace, Path backup, String password, LocalDateTime now) {
        try {
            workspace.create();
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(DomainTexts.text("workspace.cannotCreate", workspace.root()), e);
        }
        Path damaged = workspace.databaseFile();
        Path folder = workspace.root().resolve(".restore");
        Path aside = null;
        try (WorkspaceLock lock = WorkspaceLock.take(workspace.lockFile())) {
            boolean encrypted = Files.exists(damaged) ? WorkspaceFiles.isEncrypted(damaged) : password != null;
            if (encrypted && (password == null || password.isEmpty())) {
                throw new PasswordNeededException(DomainTexts.text("restore.passwordNeeded"), false);
            }
            String key = encrypted ? KeyDerivation.keyFor(workspace, password) : null;
            try {
                Backups.Verified verified = Backups.verify(backup, folder, base -> {
                    if (WorkspaceFiles.isEncrypted(Path.of(base + ".mv.db")) != encrypted) {
                        throw new PasswordNeededException("encryption differs", true);
                    }
                    return LocalFiles.connect(base, key, false);
                });
                if (Files.exists(damaged)) {
                    aside = damaged.resolveSibling(damaged.getFileName() + ".damaged-" + now.format(STAMP));
                    keepAside(damaged, aside);
                }
                Files.move(verified.databaseFile(), damaged, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                WorkspaceFiles.deleteFolder(folder);
            }
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(DomainTexts.text("restore.notPutInPlace"), e);
        }
        LOG.info("Restored a backup without opening the damaged workspace file{}", aside == null ? ""
                : "; the damaged file is kept as " + aside.getFileName());
        try (Database restored = Database.open(workspace, password)) {
            return new Result(WorkspaceCheck.run(restored), aside);
        }
    }

    /**
     * Keeps the damaged file under another name while it stays in place: a second link to the same bytes, so a
     * kill at any moment leaves a workspace file where it belongs.
     */
    private static void keepAside(Path damaged, Path aside) throws IOException {
        try {
            Files.createLink(aside, damaged);
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.copy(damaged, aside, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }
}
