package app.rapport.cli;

import static app.rapport.cli.Say.say;

import app.rapport.domain.UserError;
import app.rapport.domain.safety.WorkspaceHealth;
import app.rapport.service.BackupService;
import app.rapport.service.RestoredBackup;
import app.rapport.service.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rapport restore FILE}: puts a checked backup in place of the workspace, after backing it up; a workspace
 * whose file is damaged is replaced without being opened, its file kept aside.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    @Override
    public Integer call() {
        Session session;
        try {
            session = parent.openSession();
        } catch (UserError e) {
            if (!Session.isDamaged(e)) {
                throw e;
            }
            return restoreDamaged();
        }
        try (session) {
            WorkspaceHealth health = session.backups().restore(file);
            spec.commandLine().getOut().println(say("restore.done", file.getFileName(), health.verdict()));
        }
        return 0;
    }

    /** The workspace's file does not open: the backup takes its place without it being opened. */
    private int restoreDamaged() {
        RestoredBackup restored = BackupService.restoreWithoutOpening(parent.workspace(), file,
                parent.localPassword(), Clock.systemDefaultZone());
        Path keptAt = restored.damagedFileKeptAt();
        spec.commandLine().getOut().println(keptAt == null
                ? say("restore.damaged", file.getFileName(), restored.health().verdict())
                : say("restore.damagedKept", file.getFileName(), keptAt.getFileName(), restored.health().verdict()));
        return restored.health().healthy() ? 0 : 1;
    }
}
