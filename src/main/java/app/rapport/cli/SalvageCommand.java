package app.rapport.cli;

import static app.rapport.cli.Say.say;

import app.rapport.domain.RuleViolation;
import app.rapport.service.BackupService;
import app.rapport.service.SalvageReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport salvage [--out DIR]}: what a damaged workspace still holds, saved into a new workspace. */
@Command(name = "salvage", mixinStandardHelpOptions = true)
final class SalvageCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR")
    private Path out;

    @Override
    public Integer call() {
        if (parent.teamServer().isPresent()) {
            throw new RuleViolation(say("salvage.team"));
        }
        SalvageReport report = BackupService.salvage(parent.workspace(), out, parent.localPassword(),
                Clock.systemDefaultZone());
        PrintWriter printed = spec.commandLine().getOut();
        printed.println(say("salvage.saved", report.total(), report.contacts(), report.folder()));
        report.rows().forEach((table, rows) -> printed.printf("  %-22s %d%n", table, rows));
        if (report.rowsLeftOut() > 0) {
            printed.println(say("salvage.rowsLeftOut", report.rowsLeftOut()));
        }
        printed.println(say("salvage.openWith", report.folder()));
        return 0;
    }
}
