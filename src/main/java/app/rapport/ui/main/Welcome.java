package app.rapport.ui.main;

import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import app.rapport.service.Session;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.DialogService.TeamForm;
import app.rapport.ui.common.DialogService.WelcomeChoice;
import app.rapport.ui.common.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** The first start on a new workspace: say where the data will live and offer a password before creating it. */
public final class Welcome {

    private Welcome() {
    }

    /**
     * Asks how to create the workspace and creates it; empty when the user quits (nothing is created then).
     * Cancelling the password goes back to the welcome rather than creating a plain workspace unasked.
     *
     * @throws UserError when the workspace cannot be created
     */
    public static Optional<Session> createWorkspace(DialogService dialogs, Path folder, Clock clock) {
        while (true) {
            WelcomeChoice choice = dialogs.askWelcome(folder.toAbsolutePath().toString());
            if (choice == WelcomeChoice.QUIT) {
                return Optional.empty();
            }
            if (choice == WelcomeChoice.TEAM) {
                Optional<Session> team = connectToTeam(dialogs, folder, clock);
                if (team.isEmpty()) {
                    continue;
                }
                return team;
            }
            String password = null;
            if (choice == WelcomeChoice.WITH_PASSWORD) {
                password = dialogs.askNewPassword(Texts.text("main.welcome.protectTitle"), Session.MIN_PASSWORD)
                        .orElse(null);
                if (password == null) {
                    continue;
                }
            }
            return Optional.of(Session.open(folder, clock, password));
        }
    }

    /**
     * Asks where the team server is until it opens, each refusal said in the form; remembers it for the next
     * start. Empty when the user cancels (back to the welcome).
     */
    static Optional<Session> connectToTeam(DialogService dialogs, Path folder, Clock clock) {
        TeamForm form = null;
        String problem = null;
        while (true) {
            Optional<TeamForm> answer = dialogs.askTeamServer(form, problem);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            form = answer.get();
            try {
                TeamServer server = form.server();
                Session session = Session.openTeam(folder, server, form.password(), clock);
                Session.rememberTeam(folder, server);
                return Optional.of(session);
            } catch (UserError e) {
                problem = e.getMessage();
                form = form.withoutPassword();
            }
        }
    }

}
