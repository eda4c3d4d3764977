package app.rapport.cli;

import static app.rapport.cli.Say.say;

import app.rapport.domain.RuleViolation;
import app.rapport.domain.safety.WorkspaceHealth;
import app.rapport.service.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rapport check}: opens the workspace, runs the integrity checks and prints a one-line verdict; a damaged
 * file and a folder out of reach are told apart, each with what to do.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Session session = open()) {
            WorkspaceHealth health = session.backups().check();
            spec.commandLine().getOut().println(health.verdict());
            return health.healthy() ? 0 : 1;
        }
    }

    /**
     * Opens the workspace without the start-up backup, so checking a damaged workspace never makes a backup of
     * the damage that would push a good one out of the rotation; a folder with no workspace is not created.
     */
    private Session open() {
        if (parent.teamServer().isPresent()) {
            return parent.openSession();
        }
        Path root = parent.existingWorkspace();
        if (!Session.exists(root)) {
            throw new RuleViolation(say("check.noWorkspace", root));
        }
        return Session.openWithoutHousekeeping(root, Clock.systemDefaultZone(), parent.localPassword());
    }
}
