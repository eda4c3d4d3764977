package app.rapport.cli;

import app.rapport.domain.safety.WorkspaceHealth;
import app.rapport.service.Session;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport restore FILE}: puts a checked backup in place of the workspace, after backing it up. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup: checks it, backs up the current state, then replaces it.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A backup zip made by Rapport.")
    private Path file;

    @Override
    public Integer call() {
        try (Session session = parent.openSession()) {
            WorkspaceHealth health = session.backups().restore(file);
            spec.commandLine().getOut().println("Restored " + file.getFileName() + ". " + health.verdict());
        }
        return 0;
    }
}
