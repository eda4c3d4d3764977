package app.rapport;

import app.rapport.cli.RapportCommand;
import app.rapport.domain.TeamServer;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;

/**
 * Starts Rapport: the command line decides between a headless command and the window.
 * Kept apart from {@link RapportApp} so that {@code --help} and {@code --version} never load JavaFX.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, console);
        PrintWriter err = new PrintWriter(System.err, true, console);
        int exit = RapportCommand.run(args, Main::openWindow, System.getenv(), out, err);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    private static void openWindow(Path workspace, TeamServer team, String password) {
        List<String> parameters = new ArrayList<>(List.of(RapportApp.WORKSPACE_PARAMETER + "=" + workspace));
        if (team != null) {
            parameters.add(RapportApp.TEAM_PARAMETER + "=" + team.address());
        }
        if (password != null) {
            // Launch parameters stay inside this process; the operating system's process list never shows them.
            parameters.add(RapportApp.PASSWORD_PARAMETER + "=" + password);
        }
        Application.launch(RapportApp.class, parameters.toArray(String[]::new));
    }
}
