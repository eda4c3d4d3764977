package app.rapport.cli;

import static app.rapport.cli.Say.say;

import app.rapport.service.Session;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport backup}: a consistent copy of the workspace, in its backups folder or where named. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE")
    private Path out;

    @Override
    public Integer call() {
        try (Session session = parent.openSession()) {
            Path written;
            if (out == null) {
                written = session.backups().automatic("manual");
            } else {
                session.backups().backUpTo(out);
                written = out.toAbsolutePath();
            }
            spec.commandLine().getOut().println(say("backup.written", written));
        }
        return 0;
    }
}
