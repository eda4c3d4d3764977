package app.rapport.service;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A backup in the workspace's backups folder, as the backups list shows it.
 *
 * @param reason why it was made: daily, exit, before-import, before-upgrade, before-restore
 */
public record BackupFile(Path file, LocalDateTime madeAt, String reason, long contacts, long bytes) {
}
