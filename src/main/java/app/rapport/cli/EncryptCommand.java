package app.rapport.cli;

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
            throw new RuleViolation("Give the new password in a file: rapport --password-file FILE encrypt.");
        }
        String password = RapportCommand.readPassword(parent.passwordFile());
        try (Session session = Session.open(parent.workspace(), Clock.systemDefaultZone(), password)) {
            if (session.isEncrypted()) {
                throw new RuleViolation("This workspace is encrypted already; use change-password to change it.");
            }
            session.changeEncryption(password);
            warnIfWeak(password);
        }
        spec.commandLine().getOut().println("Encrypted the workspace. Keep the password safe: without it the "
                + "workspace and its backups cannot be opened.");
        return 0;
    }

    /** A password long enough but easy to guess is accepted, with one sentence saying so. */
    private void warnIfWeak(String password) {
        PasswordStrength strength = Session.rate(password);
        if (strength.isWeak()) {
            spec.commandLine().getErr().println("This password is weak. " + strength.hint());
        }
    }
}
