package app.rapport.cli;

import static app.rapport.cli.Say.say;

import app.rapport.domain.RuleViolation;
import app.rapport.domain.safety.PasswordStrength;
import app.rapport.service.Session;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport --password-file FILE encrypt}: encrypts a plain workspace with the password in FILE. */
@Command(name = "encrypt", mixinStandardHelpOptions = true)
final class EncryptCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (parent.passwordFile() == null) {
            throw new RuleViolation(say("encrypt.needsPasswordFile"));
        }
        String password = RapportCommand.readPassword(parent.passwordFile());
        try (Session session = Session.open(parent.workspace(), Clock.systemDefaultZone(), password)) {
            if (session.isEncrypted()) {
                throw new RuleViolation(say("encrypt.already"));
            }
            session.changeEncryption(password);
            warnIfWeak(password);
        }
        spec.commandLine().getOut().println(say("encrypt.done"));
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
