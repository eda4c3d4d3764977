package app.rapport.cli;

import static app.rapport.cli.Say.say;

import app.rapport.domain.RuleViolation;
import app.rapport.domain.TeamServer;
import app.rapport.service.WorkspaceMoves;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport --workspace DIR --db URL copy-to-team}: moves a local workspace onto a team server. */
@Command(name = "copy-to-team", mixinStandardHelpOptions = true)
final class CopyToTeamCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--local-password-file", paramLabel = "FILE")
    private Path localPasswordFile;

    @Override
    public Integer call() {
        TeamServer server = parent.teamServer().orElseThrow(() -> new RuleViolation(say("copyToTeam.noTeam")));
        Path local = parent.workspace();
        Map<String, Long> rows = WorkspaceMoves.toTeam(local, localPasswordFile == null ? null
                : RapportCommand.readPassword(localPasswordFile), server, parent.teamPassword(server));
        spec.commandLine().getOut().println(say("copyToTeam.done", rows.getOrDefault("contact", 0L),
                rows.values().stream().mapToLong(Long::longValue).sum(), rows.size(), local, server.address()));
        return 0;
    }
}
