package app.rapport.service;

import app.rapport.domain.UserError;
import app.rapport.domain.safety.WorkspaceHealth;
import app.rapport.domain.text.DomainTexts;
import app.rapport.exchange.SafeFiles;
import app.rapport.store.Backups;
import app.rapport.store.Database;
import app.rapport.store.RestoreWithoutOpening;
import app.rapport.store.Salvage;
import app.rapport.store.Workspace;
import app.rapport.store.WorkspaceCheck;
import app.rapport.store.WorkspaceUnavailableException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the workspace: automatic ones (first start of a day, exit, before an import) kept with rotation,
 * one written where the user chooses, restores that check before they replace anything, and the check itself.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final String KEEP_DAILY = "backup.keepDaily";
    static final String KEEP_MONTHLY = "backup.keepMonthly";
    public static final int DEFAULT_DAILY = 10;
    public static final int DEFAULT_MONTHLY = 12;

    private final Database database;
    private final Backups backups;
    private final Clock clock;

    public BackupService(Database database, Clock clock) {
        this.database = database;
        // A team workspace is backed up where it lives, on its server; its methods here say so.
        this.backups = database.teamServer() == null ? new Backups(database.workspace(), database) : null;
        this.clock = clock;
    }

    /** The first start of a day backs up; later starts that day do not. Returns the backup made, if any. */
    public Optional<Path> dailyBackup() {
        if (local().hasBackupOn(LocalDate.now(clock))) {
            return Optional.empty();
        }
        return Optional.of(automatic("daily"));
    }

    /** A backup for a reason (exit, before-import), then old ones are rotated out. */
    public Path automatic(String reason) {
        Path made = local().create(reason, LocalDateTime.now(clock));
        int[] keep = keep();
        int deleted = local().rotate(keep[0], keep[1]);
        if (deleted > 0) {
            LOG.info("Rotated out {} old backups", deleted);
        }
        return made;
    }

    /** Writes a backup to a file the user chose, outside every workspace folder. */
    public void backUpTo(Path file) {
        local().writeTo(SafeFiles.requireOutsideWorkspace(file));
    }

    /** The backups in the workspace, newest first. */
    public List<BackupFile> backups() {
        return local().list().stream().map(b -> new BackupFile(b.file(), b.madeAt(), b.reason(), b.contacts(),
                b.bytes())).toList();
    }

    /**
     * Restores a backup after checking it and backing up the current state.
     *
     * @throws UserError when the backup cannot be used; the workspace is then unchanged
     */
    public WorkspaceHealth restore(Path backup) {
        return local().restore(backup);
    }

    /** Checks a backup without restoring it. */
    public WorkspaceHealth verify(Path backup) {
        return local().verify(backup).health();
    }

    /** Runs the integrity check on the open workspace. */
    public WorkspaceHealth check() {
        return backups == null ? WorkspaceCheck.run(database) : backups.check();
    }

    private Backups local() {
        if (backups == null) {
            throw new WorkspaceUnavailableException(DomainTexts.text("backup.teamWorkspace"), null);
        }
        return backups;
    }

    /**
     * Puts a backup in place of the workspace in {@code workspaceRoot} without opening the workspace's own file,
     * for when it is damaged: only the backup is opened and checked, and the damaged file is kept beside it.
     *
     * @param password the workspace's password when it is encrypted, else {@code null}
     * @throws UserError when the backup cannot be used; the workspace is then as it was
     */
    public static RestoredBackup restoreWithoutOpening(Path workspaceRoot, Path backup, String password,
            Clock clock) {
        RestoreWithoutOpening.Result result = RestoreWithoutOpening.restore(Workspace.at(workspaceRoot), backup,
                password, LocalDateTime.now(clock));
        return new RestoredBackup(result.health(), result.keptAside());
    }

    /**
     * Saves what can be read from the damaged workspace in {@code workspaceRoot} into a new workspace, in
     * {@code newRoot} or, when it is {@code null}, in a folder beside it named for now. The damaged file is only
     * read.
     *
     * @throws UserError when nothing can be read, or {@code newRoot} holds a workspace
     */
    public static SalvageReport salvage(Path workspaceRoot, Path newRoot, String password, Clock clock) {
        Path root = workspaceRoot.toAbsolutePath().normalize();
        Path target = newRoot != null ? newRoot.toAbsolutePath().normalize() : root.resolveSibling(
                root.getFileName() + "-salvaged-" + LocalDateTime.now(clock).format(STAMP));
        Salvage.Result result = Salvage.into(Workspace.at(root), Workspace.at(target), password);
        return new SalvageReport(result.folder(), result.rows(), result.rowsLeftOut());
    }

    /** The backups in a workspace's folder, newest first, read without opening the workspace. */
    public static List<BackupFile> backupsIn(Path workspaceRoot) {
        return new Backups(Workspace.at(workspaceRoot), null).list().stream().map(b -> new BackupFile(b.file(),
                b.madeAt(), b.reason(), b.contacts(), b.bytes())).toList();
    }

    /** How many daily and monthly backups to keep. */
    public int[] keep() {
        return database.inTransaction(repos -> new int[] {
            number(repos.settings().get(KEEP_DAILY).orElse(null), DEFAULT_DAILY),
            number(repos.settings().get(KEEP_MONTHLY).orElse(null), DEFAULT_MONTHLY)});
    }

    /** Changes how many daily and monthly backups are kept (at least one of each). */
    public void setKeep(int daily, int monthly) {
        database.inTransaction(repos -> {
            repos.settings().put(KEEP_DAILY, Integer.toString(Math.max(1, daily)));
            repos.settings().put(KEEP_MONTHLY, Integer.toString(Math.max(1, monthly)));
            return null;
        });
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
