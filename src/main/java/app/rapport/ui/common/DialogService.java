package app.rapport.ui.common;

import app.rapport.domain.EditMerge;
import app.rapport.domain.Interaction;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.TeamServer;
import app.rapport.domain.sheet.Paper;
import app.rapport.service.ExportService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Questions and messages for the user; view-models ask through this, tests answer it. */
public interface DialogService {

    /** What to do with changes that were not saved. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** What to do when a creator to make a deal with already has an open one. */
    enum ExistingDealChoice { OPEN_EXISTING, MAKE_NEW, CANCEL }

    /** What the user did for a follow-up, and when the next one is ({@code null}: none). */
    record FollowUpDone(Interaction.Channel channel, String summary, LocalDate next) {
    }

    /** Which contacts to export: those the table shows, those selected, or all. */
    enum ExportScope { SHOWN, SELECTED, ALL }

    /** A column the user may pick for a sheet. */
    record ColumnOption(String id, String header) {
        @Override
        public String toString() {
            return header;
        }
    }

    /**
     * What the export dialog offers: how many contacts each scope holds, the columns, and the columns the user
     * picked last time for each format.
     */
    record ExportOffer(int shown, int selected, int all, List<ColumnOption> columns,
            Map<ExportService.Format, List<String>> remembered,
            Paper defaultPaper) {
    }

    /** What the user chose in the export dialog; no columns means every column. */
    record ExportChoice(ExportService.Format format, ExportScope scope, boolean forExcel,
            boolean escapeFormulas, List<String> columns, boolean cards,
            Paper paper) {
    }

    /** A follow-up to plan: the day and why. */
    record FollowUpPlan(LocalDate day, String reason) {
    }

    /** A backup the restore dialog lists: its file and a line such as "27 Nov 2026 15:30 · daily · 30 contacts". */
    record BackupOption(Path file, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What to do about a workspace whose file is damaged: restore a backup, salvage it, or quit. */
    enum DamagedChoice { RESTORE, SALVAGE, QUIT }

    /** How a new workspace is to be made, from the first-run welcome. */
    enum WelcomeChoice { WITH_PASSWORD, WITHOUT_PASSWORD, TEAM, QUIT }

    /**
     * A team server as typed in the connection form; checked by whoever asked.
     *
     * @param tls     an encrypted connection whose certificate is checked (off only for a server on this computer)
     * @param caFile  the team's own CA certificate file; empty to trust the CAs this computer trusts
     */
    record TeamForm(String host, String port, String database, String user, String password, boolean tls,
            String caFile) {

        /** A form without a CA file of the team's own. */
        public TeamForm(String host, String port, String database, String user, String password, boolean tls) {
            this(host, port, database, user, password, tls, "");
        }

        /**
         * The server the form names.
         *
         * @throws RuleViolation with what is missing or wrong, in one sentence
         */
        public TeamServer server() {
            int number;
            try {
                number = Integer.parseInt(port.strip());
            } catch (NumberFormatException e) {
                throw new RuleViolation(Texts.text("common.teamForm.badPort"));
            }
            return new TeamServer(host, number, database, user, tls ? TeamServer.VERIFY_FULL : "disable", caFile);
        }

        /** The same form without its password, to show again after a refusal. */
        public TeamForm withoutPassword() {
            return new TeamForm(host, port, database, user, "", tls, caFile);
        }
    }

    /**
     * A save refused because someone else saved the record first: shows their values beside the user's and
     * returns the parts to take from theirs (the rest stay the user's); nothing when the user goes back to
     * editing.
     *
     * @param itemName what was saved, as in "Someone else saved Luna Bakes" or "… the deal Winter reel"
     */
    <P extends EditMerge.Part<?>> Optional<Set<P>> resolveConflict(String itemName,
            List<EditMerge.Difference<P>> differences);

    /**
     * Asks where a team workspace is: server, port, database, user, password and TLS; {@code previous} fills the
     * form again (without its password) after {@code problem}; nothing when the user cancels.
     */
    Optional<TeamForm> askTeamServer(TeamForm previous, String problem);

    /**
     * Asks for the password of {@code user} on a team server, with why the last one did not work
     * ({@code null} the first time); nothing when the user cancels.
     */
    Optional<String> askTeamPassword(String address, String user, String problem);

    /** Greets a first-time user, says where the workspace will live and offers to protect it with a password. */
    WelcomeChoice askWelcome(String folder);

    /**
     * Says that the workspace's file in {@code folder} is damaged and asks whether to restore a backup, save what
     * can be read into a new workspace, or quit.
     */
    DamagedChoice askDamaged(String folder);

    /** Lets the user pick a backup from the list, or another file; empty when cancelled. */
    Optional<Path> chooseBackup(List<BackupOption> backups);

    /** Asks for a workspace's password; {@code problem} (or null) says why it is asked again. Empty: cancelled. */
    Optional<String> askPassword(String title, String problem);

    /** Asks for a new password, typed twice; empty when cancelled. */
    Optional<String> askNewPassword(String title, int minLength);

    /** Says that something went wrong, with a way to copy the technical details for a report. */
    void showFailure(String message, String details);

    /** Asks a yes/no question; {@code true} when the user confirms with the action's button. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Asks what to do with unsaved changes to the named item. */
    UnsavedChoice askUnsaved(String itemName);

    /**
     * Says that {@code contactName} already has an open deal, described as in "Spring reel (Agreed)", and asks
     * whether to open it, make a new one anyway, or do nothing.
     */
    ExistingDealChoice askExistingDeal(String contactName, String dealDescription);

    /** Tells the user something went wrong and what to do, in one sentence. */
    void showError(String message);

    /** Shows information, such as the About box. */
    void showInfo(String title, String message);

    /** Asks how a follow-up was done; empty when the user cancels. */
    Optional<FollowUpDone> askFollowUpDone(String contactName, String reason);

    /** Asks for a day. */
    Optional<LocalDate> pickDate(String title, LocalDate initial);

    /** Asks for a follow-up day and reason. */
    Optional<FollowUpPlan> askFollowUpPlan(String title, LocalDate initial);

    /** Asks for one line of text, offering suggestions (such as known tags). */
    Optional<String> askText(String title, String prompt, List<String> suggestions);

    /** Asks what to export: format, which contacts, which columns, options. */
    Optional<ExportChoice> askExport(ExportOffer offer);

    /** Asks which file to open; {@code extensions} such as "csv", "xlsx". */
    Optional<Path> chooseOpenFile(String title, String... extensions);

    /** Asks where to save a file; {@code extensions} such as "xlsx", "csv" (the first is the default). */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String... extensions);

    /** Asks for a folder; nothing when the user cancels. */
    Optional<Path> chooseFolder(String title);
}
