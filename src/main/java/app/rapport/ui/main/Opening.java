package app.rapport.ui.main;

import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import app.rapport.service.Session;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Opening the workspace while the window shows its {@link StartingView}: the first-run welcome, and the password of an encrypted
 * workspace or of a team server, asked again with the reason until it opens or the user cancels.
 */
public final class Opening {

    /** What opening gave: a session, or a failure to show; neither when the user cancelled. */
    public record Result(Session session, UserError failure) {

        public boolean cancelled() {
            return session == null && failure == null;
        }
    }

    private Opening() {
    }

    /** Welcomes a first-time user and creates the workspace as chosen. */
    public static Result welcome(DialogService dialogs, Path folder, Clock clock) {
        try {
            return new Result(Welcome.createWorkspace(dialogs, folder, clock).orElse(null), null);
        } catch (UserError e) {
            return new Result(null, e);
        }
    }

    /**
     * Opens an encrypted local workspace; a failure other than the password ends the asking.
     *
     * @param given a password to try before asking (from a password file), or {@code null}
     */
    public static Result encrypted(DialogService dialogs, Path folder, Clock clock, String given) {
        return untilOpen(problem -> dialogs.askPassword(Texts.text("main.opening.passwordTitle"), problem),
                password -> Session.openWithoutHousekeeping(folder, clock, password), Session::needsPassword, given);
    }

    /**
     * Opens a team workspace; every refusal (password, server, database) is asked about again.
     *
     * @param given a password to try before asking (from a password file), or {@code null}
     */
    public static Result team(DialogService dialogs, Path folder, TeamServer team, Clock clock, String given) {
        return untilOpen(problem -> dialogs.askTeamPassword(team.address(), team.user(), problem),
                password -> Session.openTeam(folder, team, password, clock), failure -> true, given);
    }

    /**
     * Opens the folder's local workspace without asking anything; a failure (a password needed, a damaged file) is
     * the result's, for the window to ask about. Safe off the FX thread.
     */
    public static Result plain(Path folder, Clock clock) {
        try {
            return new Result(Session.openWithoutHousekeeping(folder, clock, null), null);
        } catch (UserError e) {
            return new Result(null, e);
        } catch (RuntimeException e) {
            return new Result(null, new UserError(Errors.describe(e, "open the workspace",
                    "main.errors.openWorkspace"), e));
        }
    }

    /**
     * Opens the folder's local workspace again off the FX thread, and hands the result to {@code then} on it;
     * an encrypted one asks its password first.
     */
    public static void local(Background background, DialogService dialogs, Path folder, Clock clock,
            Consumer<Result> then) {
        background.run(() -> plain(folder, clock), opened -> then.accept(opened.failure() != null && Session.needsPassword(opened.failure())
                ? encrypted(dialogs, folder, clock, null) : opened),
                failure -> then.accept(new Result(null, new UserError(Errors.describe(failure, "open the workspace",
                        "main.errors.openWorkspace"),
                        failure))));
    }

    /** Opens a team workspace whose password is already known (just typed to copy a workspace there). */
    public static Result team(Path folder, TeamServer team, String password, Clock clock) {
        try {
            return new Result(Session.openTeam(folder, team, password, clock), null);
        } catch (UserError e) {
            return new Result(null, e);
        }
    }

    private static Result untilOpen(Function<String, Optional<String>> ask, Function<String, Session> open,
            Predicate<UserError> askAgain, String given) {
        String problem = null;
        if (given != null) {
            try {
                return new Result(open.apply(given), null);
            } catch (UserError e) {
                if (!askAgain.test(e)) {
                    return new Result(null, e);
                }
                problem = e.getMessage();
            }
        }
        while (true) {
            Optional<String> password = ask.apply(problem);
            if (password.isEmpty()) {
                return new Result(null, null);
            }
            try {
                return new Result(open.apply(password.get()), null);
            } catch (UserError e) {
                if (!askAgain.test(e)) {
                    return new Result(null, e);
                }
                problem = e.getMessage();
            }
        }
    }
}
