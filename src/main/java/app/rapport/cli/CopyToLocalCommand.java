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

/** {@code rapport --db URL copy-to-local --out DIR}: a team workspace copied into a new local one. */
@Command(name = "copy-to-local", mixinStandardHelpOptions = true)
final class CopyToLocalCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true)
    private Path out;

    @Override
    public Integer call() {
        TeamServer server = parent.teamServer().orElseThrow(() -> new RuleViolation(say("copyToLocal.noTeam")));
        parent.workspace();
        Path target = out.toAbsolutePath().normalize();
        Map<String, Long> rows = WorkspaceMoves.toLocal(server, parent.teamPassword(server), target);
        spec.commandLine().getOut().println(say("copyToLocal.done", rows.getOrDefault("contact", 0L),
                rows.values().stream().mapToLong(Long::longValue).sum(), rows.size(), server.address(), target));
        return 0;
    }
}
