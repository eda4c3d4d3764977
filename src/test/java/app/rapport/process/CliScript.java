package app.rapport.process;

import app.rapport.cli.RapportCommand;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs several Rapport commands one after another in this JVM, as a user would from a terminal, printing each
 * exit code ("EXIT 0"); commands are separated by a lone ";".
 */
public final class CliScript {

    private CliScript() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        List<String> command = new ArrayList<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            if (arg.equals(";")) {
                run(command, out);
                command.clear();
            } else {
                command.add(arg);
            }
        }
        run(command, out);
        out.println("DONE");
    }

    private static void run(List<String> command, PrintWriter out) {
        int exit = RapportCommand.run(command.toArray(String[]::new), (folder, team, password) -> { }, System.getenv(), out, out);
        out.println("EXIT " + exit);
    }
}
