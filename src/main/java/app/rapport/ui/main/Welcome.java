package app.rapport.ui.main;

import app.rapport.service.Session;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.DialogService.WelcomeChoice;
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
     * @throws app.rapport.domain.UserError when the workspace cannot be created
     */
    public static Optional<Session> createWorkspace(DialogService dialogs, Path folder, Clock clock) {
        while (true) {
            WelcomeChoice choice = dialogs.askWelcome(folder.toAbsolutePath().toString());
            if (choice == WelcomeChoice.QUIT) {
                return Optional.empty();
            }
            String password = null;
            if (choice == WelcomeChoice.WITH_PASSWORD) {
                password = dialogs.askNewPassword("Protect your workspace", Session.MIN_PASSWORD).orElse(null);
                if (password == null) {
                    continue;
                }
            }
            return Optional.of(Session.open(folder, clock, password));
        }
    }
}
