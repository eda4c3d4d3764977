package app.rapport.ui.main;

import app.rapport.domain.UserError;
import app.rapport.service.BackupFile;
import app.rapport.service.BackupService;
import app.rapport.service.RestoredBackup;
import app.rapport.service.SalvageReport;
import app.rapport.service.Session;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.DialogService.BackupOption;
import app.rapport.ui.common.DialogService.DamagedChoice;
import app.rapport.ui.common.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A workspace whose file is damaged, found as the window opens: the user restores one of its backups (or another
 * file) in place of the damaged file, or saves what can be read into a new workspace, which then opens; or quits.
 * Neither way needs the damaged file to open.
 */
public final class DamagedWorkspace {

    private DamagedWorkspace() {
    }

    /**
     * Asks what to do until a workspace opens or the user quits (the result is then cancelled).
     *
     * @param password the workspace's password if it is known (from a password file), else {@code null}; asked
     *                 when an encrypted workspace needs it
     */
    public static Opening.Result recover(DialogService dialogs, Path folder, Clock clock, String password,
            Locale locale) {
        String known = password;
        while (true) {
            DamagedChoice choice = dialogs.askDamaged(folder.toString());
            if (choice == DamagedChoice.QUIT) {
                return new Opening.Result(null, null);
            }
            try {
                Optional<Session> opened = choice == DamagedChoice.RESTORE
                        ? restore(dialogs, folder, clock, known, locale) : salvage(dialogs, folder, clock, known);
                if (opened.isPresent()) {
                    return new Opening.Result(opened.get(), null);
                }
            } catch (UserError e) {
                if (Session.needsPassword(e)) {
                    known = dialogs.askPassword(Texts.text("main.damaged.passwordTitle"), e.getMessage()).orElse(known);
                } else {
                    dialogs.showError(e.getMessage());
                }
            }
        }
    }

    private static Optional<Session> restore(DialogService dialogs, Path folder, Clock clock, String password,
            Locale locale) {
        List<BackupOption> options = BackupService.backupsIn(folder).stream()
                .map(b -> new BackupOption(b.file(), describe(b, locale))).toList();
        Optional<Path> chosen = dialogs.chooseBackup(options);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        RestoredBackup restored = BackupService.restoreWithoutOpening(folder, chosen.get(), password, clock);
        String name = chosen.get().getFileName().toString();
        String verdict = restored.health().verdict();
        dialogs.showInfo(Texts.text("main.damaged.restoredTitle"), restored.damagedFileKeptAt() == null
                ? Texts.text("main.damaged.restored", name, verdict)
                : Texts.text("main.damaged.restoredKept", name, verdict,
                        restored.damagedFileKeptAt().getFileName().toString()));
        return Optional.of(Session.openWithoutHousekeeping(folder, clock, password));
    }

    private static Optional<Session> salvage(DialogService dialogs, Path folder, Clock clock, String password) {
        SalvageReport report = BackupService.salvage(folder, null, password, clock);
        dialogs.showInfo(Texts.text("main.damaged.salvagedTitle"), Texts.text("main.damaged.salvaged",
                report.contacts(), report.total(), report.folder().toString()));
        return Optional.of(Session.openWithoutHousekeeping(report.folder(), clock, password));
    }

    /** "27 Nov 2026, 15:30 · daily · 30 contacts", as the restore dialog lists backups. */
    private static String describe(BackupFile backup, Locale locale) {
        return Texts.text("main.damaged.backupLine", backup.madeAt().format(DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)),
                backup.reason().replace('-', ' '), backup.contacts());
    }
}
