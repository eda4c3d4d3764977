package app.rapport.cli;

import app.rapport.domain.safety.WorkspaceHealth;
import app.rapport.service.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport check}: opens the workspace, runs the integrity checks and prints a one-line verdict. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the workspace: schema version, every table readable, no broken link. "
                + "Exit code 0 when healthy, 1 when problems were found.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Session session = parent.openSession()) {
            WorkspaceHealth health = session.backups().check();
            spec.commandLine().getOut().println(health.verdict());
            return health.healthy() ? 0 : 1;
        }
    }
}
