package app.rapport.testing;

import app.rapport.domain.EditMerge;
import app.rapport.ui.common.DialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Answers the app's questions as a user would, in the order the test scripts them, and records what was shown. */
public final class ScriptedDialogs implements DialogService {

    private final Deque<Object> answers = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    /** The next confirmation is answered yes or no. */
    public ScriptedDialogs willConfirm(boolean yes) {
        answers.add(yes);
        return this;
    }

    /** The next "unsaved changes" question is answered with this choice. */
    public ScriptedDialogs willChoose(UnsavedChoice choice) {
        answers.add(choice);
        return this;
    }

    /** The next edit conflict is answered by taking these parts from theirs ({@code null}: back to editing). */
    public ScriptedDialogs willResolveConflict(Set<? extends EditMerge.Part<?>> fromTheirs) {
        answers.add(fromTheirs == null ? CANCELLED : fromTheirs);
        return this;
    }

    /** The differences the last conflict showed. */
    public List<EditMerge.Difference<?>> conflictShown = List.of();

    @Override
    @SuppressWarnings("unchecked")
    public <P extends EditMerge.Part<?>> Optional<Set<P>> resolveConflict(String itemName,
            List<EditMerge.Difference<P>> differences) {
        asked.add("conflict: " + itemName);
        conflictShown = List.copyOf(differences);
        Object answer = next();
        return answer == null ? Optional.empty() : Optional.of((Set<P>) answer);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add(message);
        return (Boolean) next();
    }

    @Override
    public UnsavedChoice askUnsaved(String itemName) {
        asked.add("unsaved: " + itemName);
        return (UnsavedChoice) next();
    }

    @Override
    public ExistingDealChoice askExistingDeal(String contactName, String dealDescription) {
        asked.add("existing deal: " + contactName + ": " + dealDescription);
        return (ExistingDealChoice) next();
    }

    @Override
    public Optional<Path> chooseBackup(List<BackupOption> backups) {
        asked.add("backups: " + backups.size());
        return Optional.ofNullable((Path) next());
    }

    @Override
    public DamagedChoice askDamaged(String folder) {
        asked.add("damaged: " + folder);
        return (DamagedChoice) next();
    }

    @Override
    public WelcomeChoice askWelcome(String folder) {
        asked.add("welcome");
        return (WelcomeChoice) next();
    }

    @Override
    public Optional<String> askPassword(String title, String problem) {
        asked.add(title + (problem == null ? "" : ": " + problem));
        return Optional.ofNullable((String) next());
    }

    @Override
    public Optional<TeamForm> askTeamServer(TeamForm previous, String problem) {
        asked.add("team server" + (problem == null ? "" : ": " + problem));
        return Optional.ofNullable((TeamForm) next());
    }

    @Override
    public Optional<String> askTeamPassword(String address, String user, String problem) {
        asked.add("team password: " + address + (problem == null ? "" : ": " + problem));
        return Optional.ofNullable((String) next());
    }

    @Override
    public Optional<String> askNewPassword(String title, int minLength) {
        asked.add(title);
        return Optional.ofNullable((String) next());
    }

    @Override
    public void showFailure(String message, String details) {
        errors.add(message);
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        asked.add(title);
    }

    /** The next question is answered with this. */
    public ScriptedDialogs willAnswer(Object answer) {
        answers.add(answer);
        return this;
    }

    /** The next question that can be cancelled is cancelled. */
    public ScriptedDialogs willCancel() {
        answers.add(CANCELLED);
        return this;
    }

    @Override
    public Optional<FollowUpDone> askFollowUpDone(String contactName, String reason) {
        asked.add("done: " + contactName);
        return Optional.ofNullable((FollowUpDone) next());
    }

    @Override
    public Optional<LocalDate> pickDate(String title, LocalDate initial) {
        asked.add(title);
        return Optional.ofNullable((LocalDate) next());
    }

    @Override
    public Optional<FollowUpPlan> askFollowUpPlan(String title, LocalDate initial) {
        asked.add(title);
        return Optional.ofNullable((FollowUpPlan) next());
    }

    @Override
    public Optional<String> askText(String title, String prompt, List<String> suggestions) {
        asked.add(title);
        return Optional.ofNullable((String) next());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String... extensions) {
        asked.add(title);
        return Optional.ofNullable((Path) next());
    }

    @Override
    public Optional<ExportChoice> askExport(ExportOffer offer) {
        asked.add("export " + offer.shown() + "/" + offer.selected() + "/" + offer.all());
        return Optional.ofNullable((ExportChoice) next());
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String... extensions) {
        asked.add(title);
        return Optional.ofNullable((Path) next());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        asked.add(title);
        return Optional.ofNullable((Path) next());
    }

    private Object next() {
        if (answers.isEmpty()) {
            throw new AssertionError("The app asked a question the test did not expect: " + asked);
        }
        Object answer = answers.poll();
        return answer == CANCELLED ? null : answer;
    }

    private static final Object CANCELLED = new Object();
}
