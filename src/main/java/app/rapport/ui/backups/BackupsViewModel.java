package app.rapport.ui.backups;

import app.rapport.domain.safety.WorkspaceHealth;
import app.rapport.service.BackupFile;
import app.rapport.service.BackupService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** File › Back up now… and File › Restore from backup…: backups on demand, and restores that check first. */
public final class BackupsViewModel {

    private final BackupService service;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine status;
    private final Clock clock;
    private final Locale locale;
    private Runnable onRestored = () -> { };

    public BackupsViewModel(BackupService service, Background background, DialogService dialogs, StatusLine status,
            Clock clock, Locale locale) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.status = status;
        this.clock = clock;
        this.locale = locale;
    }

    /** Asks where, then writes a backup there. */
    public void backUpNow() {
        dialogs.chooseSaveFile(Texts.text("backups.backUp.title"), "rapport-backup-" + LocalDate.now(clock) + ".zip",
                "zip")
                .ifPresent(file -> {
                    status.show(Texts.text("backups.backUp.running"));
                    background.run(() -> {
                        service.backUpTo(file);
                        return file;
                    }, done -> status.show(Texts.text("backups.backUp.done", done.getFileName())),
                            failure -> dialogs.showError(Errors.describe(failure, "back up the workspace",
                                    "backups.errors.backUp")));
                });
    }

    /** Lists the backups, asks which to restore and to confirm, then restores it after checking it. */
    public void restore() {
        background.run(service::backups, backups -> {
            List<DialogService.BackupOption> options = backups.stream()
                    .map(b -> new DialogService.BackupOption(b.file(), describe(b))).toList();
            dialogs.chooseBackup(options).ifPresent(this::confirmAndRestore);
        }, failure -> dialogs.showError(Errors.describe(failure, "list the backups", "backups.errors.list")));
    }

    private void confirmAndRestore(Path file) {
        if (!dialogs.confirm(Texts.text("backups.restore.title"),
                Texts.text("backups.restore.question", file.getFileName()), Texts.text("backups.restore.confirm"))) {
            return;
        }
        status.show(Texts.text("backups.restore.checking"));
        background.run(() -> service.restore(file), (WorkspaceHealth health) -> {
            onRestored.run();
            status.show(Texts.text("backups.restore.status", file.getFileName(), health.contacts()));
            dialogs.showInfo(Texts.text("backups.restore.doneTitle"),
                    Texts.text("backups.restore.done", file.getFileName(), health.verdict()));
        }, failure -> {
            status.show(Texts.text("backups.restore.nothing"));
            dialogs.showError(Errors.describe(failure, "restore the backup", "backups.errors.restore"));
        });
    }

    /** "27 Nov 2026, 15:30 · daily · 30 contacts · 1.2 MB". */
    String describe(BackupFile backup) {
        String when = backup.madeAt().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale));
        return Texts.text("backups.list.line", when, backup.reason().replace('-', ' '), backup.contacts(),
                size(backup.bytes()));
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Texts.text("backups.list.kilobytes", Math.max(1, bytes / 1024));
        }
        return Texts.text("backups.list.megabytes", bytes / (1024.0 * 1024.0));
    }

    /** What happens once a backup is in place (the app shows the restored data); the app sets it. */
    public void setOnRestored(Runnable action) {
        this.onRestored = action;
    }
}
