package app.rapport.cli;

import static app.rapport.cli.Say.say;

import app.rapport.domain.RuleViolation;
import app.rapport.domain.safety.PasswordStrength;
import app.rapport.service.Session;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport --password-file OLD change-password --new-password-file NEW}. */
@Command(name = "change-password", mixinStandardHelpOptions = true)
final class ChangePasswordCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--new-password-file", required = true, paramLabel = "FILE")
    private Path newPasswordFile;

    @Override
    public Integer call() {
        String newPassword = RapportCommand.readPassword(newPasswordFile);
        try (Session session = parent.openSession()) {
            if (!session.isEncrypted()) {
                throw new RuleViolation(say("changePassword.notEncrypted"));
            }
            session.changeEncryption(newPassword);
            warnIfWeak(newPassword);
        }
        spec.commandLine().getOut().println(say("changePassword.done"));
        return 0;
    }

    /** A password long enough but easy to guess is accepted, with one sentence saying so. */
    private void warnIfWeak(String password) {
        PasswordStrength strength = Session.rate(password);
        if (strength.isWeak()) {
            spec.commandLine().getErr().println(say("password.weak", strength.hint()));
        }
    }
}
