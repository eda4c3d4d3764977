package app.rapport.cli;

import static app.rapport.cli.Say.say;

import app.rapport.domain.RuleViolation;
import app.rapport.service.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport --password-file FILE decrypt}: removes the encryption of a workspace. */
@Command(name = "decrypt", mixinStandardHelpOptions = true)
final class DecryptCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Session session = parent.openSession()) {
            if (!session.isEncrypted()) {
                throw new RuleViolation(say("decrypt.notEncrypted"));
            }
            session.changeEncryption(null);
        }
        spec.commandLine().getOut().println(say("decrypt.done"));
        return 0;
    }
}
