package app.rapport.process;

import app.rapport.service.Session;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Child process: opens the workspace with a password ("-" for none) and changes its encryption to another
 * ("-" to decrypt), the way {@code rapport encrypt} and {@code change-password} do, printing "DONE" after.
 */
public final class RekeyThenExit {

    private RekeyThenExit() {
    }

    public static void main(String[] args) {
        String password = args[1].equals("-") ? null : args[1];
        String newPassword = args[2].equals("-") ? null : args[2];
        try (Session session = Session.open(Path.of(args[0]), Clock.systemUTC(), password)) {
            session.changeEncryption(newPassword);
        }
        System.out.println("DONE");
    }
}
