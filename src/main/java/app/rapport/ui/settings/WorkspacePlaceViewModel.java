package app.rapport.ui.settings;

import app.rapport.domain.RuleViolation;
import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import app.rapport.service.Session;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.DialogService.TeamForm;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Settings › Workspace: where the workspace is (this computer or a team server), and moving a local one onto
 * a team server, after which Rapport works on the team workspace.
 */
public final class WorkspacePlaceViewModel {

    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final Session session;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine status;
    private BiConsumer<TeamServer, String> switchToTeam = (server, password) -> { };
    private Runnable switchToLocal = () -> { };

    public WorkspacePlaceViewModel(Session session, Background background, DialogService dialogs,
            StatusLine status) {
        this.session = session;
        this.background = background;
        this.dialogs = dialogs;
        this.status = status;
    }

    /** "On this computer, in …" or "Team workspace on …", for the settings screen. */
    public String where() {
        return session.isTeam() ? Texts.text("settings.place.team", session.describe())
                : Texts.text("settings.place.local", session.describe());
    }

    public boolean isTeam() {
        return session.isTeam();
    }

    /** Whether this folder still holds the local workspace from before it moved to a team server. */
    public boolean canGoBackToLocal() {
        return session.isTeam() && Session.hasLocalFile(session.workspaceRoot());
    }

    /** What opens this folder's local workspace again; the app sets it. */
    public void setSwitchToLocal(Runnable switchToLocal) {
        this.switchToLocal = switchToLocal;
    }

    /**
     * Copies the team workspace into a new folder on this computer, every row counted on both sides; the team
     * workspace stays as it is and Rapport stays on it.
     */
    public void copyToThisComputer() {
        dialogs.chooseFolder(Texts.text("settings.place.copyHereTitle")).ifPresent(folder -> {
            working.set(true);
            status.show(Texts.text("settings.place.copyingHere", folder));
            background.run(() -> session.copyToLocal(folder), rows -> {
                working.set(false);
                status.show(Texts.text("settings.place.copiedHere", rows.getOrDefault("contact", 0L), folder));
            }, failure -> {
                working.set(false);
                dialogs.showError(Errors.describe(failure, "copy the team workspace to this computer",
                        "errors.settings.copyHere"));
            });
        });
    }

    /** Goes back to the workspace this folder held before it moved to the team server, after asking. */
    public void goBackToLocal() {
        if (canGoBackToLocal() && dialogs.confirm(Texts.text("settings.place.backToLocalTitle"),
                Texts.text("settings.place.backToLocalQuestion"), Texts.text("settings.place.backToLocalButton"))) {
            Session.forgetTeam(session.workspaceRoot());
            switchToLocal.run();
        }
    }

    /** What opens the team workspace once this one is copied there; the app sets it. */
    public void setSwitchToTeam(BiConsumer<TeamServer, String> switchToTeam) {
        this.switchToTeam = switchToTeam;
    }

    /**
     * Asks for an empty team database and copies this workspace into it, every row counted on both sides; then
     * this folder remembers the server and Rapport opens the team workspace. The local file stays as it was.
     */
    public void copyToTeam() {
        copyToTeam(null, null);
    }

    private void copyToTeam(TeamForm previous, String problem) {
        dialogs.askTeamServer(previous, problem).ifPresent(form -> {
            TeamServer server;
            try {
                server = form.server();
            } catch (RuleViolation e) {
                copyToTeam(form.withoutPassword(), e.getMessage());
                return;
            }
            working.set(true);
            status.show(Texts.text("settings.place.copyingToTeam", server.address()));
            background.run(() -> session.copyToTeam(server, form.password()), rows -> {
                working.set(false);
                Session.rememberTeam(session.workspaceRoot(), server);
                status.show(copied(rows, server));
                switchToTeam.accept(server, form.password());
            }, failure -> {
                working.set(false);
                if (failure instanceof UserError) {
                    copyToTeam(form.withoutPassword(), failure.getMessage());
                } else {
                    dialogs.showError(Errors.describe(failure, "copy the workspace to the team server",
                            "errors.settings.copyToTeam"));
                }
            });
        });
    }

    private static String copied(Map<String, Long> rows, TeamServer server) {
        return Texts.text("settings.place.copiedToTeam", rows.getOrDefault("contact", 0L), server.address());
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
