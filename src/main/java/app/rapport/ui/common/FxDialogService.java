package app.rapport.ui.common;

import app.rapport.domain.EditMerge;
import app.rapport.domain.Interaction;
import app.rapport.domain.safety.PasswordStrength;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, ButtonType.CANCEL);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public UnsavedChoice askUnsaved(String itemName) {
        ButtonType save = new ButtonType(Texts.text("common.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Texts.text("common.unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Texts.text("common.unsaved.title"),
                Texts.text("common.unsaved.question", itemName), save, discard, ButtonType.CANCEL);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(save::equals).isPresent()) {
            return UnsavedChoice.SAVE;
        }
        return answer.filter(discard::equals).isPresent() ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public ExistingDealChoice askExistingDeal(String contactName, String dealDescription) {
        ButtonType open = new ButtonType(Texts.text("common.existingDeal.open"), ButtonBar.ButtonData.YES);
        ButtonType makeNew = new ButtonType(Texts.text("common.existingDeal.makeNew"), ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Texts.text("common.existingDeal.title"),
                Texts.text("common.existingDeal.question", contactName, dealDescription), open, makeNew,
                ButtonType.CANCEL);
        alert.getDialogPane().setId("existingDealDialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(open::equals).isPresent()) {
            return ExistingDealChoice.OPEN_EXISTING;
        }
        return answer.filter(makeNew::equals).isPresent() ? ExistingDealChoice.MAKE_NEW : ExistingDealChoice.CANCEL;
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, Texts.text("common.alert.title"), message, ButtonType.OK).showAndWait();
    }

    @Override
    public WelcomeChoice askWelcome(String folder) {
        ButtonType password = new ButtonType(Texts.text("common.welcome.password"), ButtonBar.ButtonData.OTHER);
        ButtonType plain = new ButtonType(Texts.text("common.welcome.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType team = new ButtonType(Texts.text("common.welcome.team"), ButtonBar.ButtonData.LEFT);
        ButtonType quit = new ButtonType(Texts.text("common.dialog.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.INFORMATION, Texts.text("common.welcome.title"),
                Texts.text("common.welcome.text", folder), password, team, plain, quit);
        alert.setHeaderText(Texts.text("common.welcome.title"));
        alert.getDialogPane().setId("welcomeDialog");
        alert.getDialogPane().setPrefWidth(700);
        for (ButtonType wide : List.of(password, team)) {
            Node button = alert.getDialogPane().lookupButton(wide);
            ButtonBar.setButtonUniformSize(button, false);
            ((Button) button).setMinWidth(Region.USE_PREF_SIZE);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(password::equals).isPresent()) {
            return WelcomeChoice.WITH_PASSWORD;
        }
        if (answer.filter(team::equals).isPresent()) {
            return WelcomeChoice.TEAM;
        }
        return answer.filter(plain::equals).isPresent() ? WelcomeChoice.WITHOUT_PASSWORD : WelcomeChoice.QUIT;
    }

    @Override
    public DamagedChoice askDamaged(String folder) {
        ButtonType restore = new ButtonType(Texts.text("common.damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType salvage = new ButtonType(Texts.text("common.damaged.salvage"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(Texts.text("common.dialog.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.ERROR, Texts.text("common.alert.title"),
                Texts.text("common.damaged.text", folder), restore, salvage, quit);
        alert.setHeaderText(Texts.text("common.damaged.header"));
        alert.getDialogPane().setId("damagedDialog");
        alert.getDialogPane().setPrefWidth(700);
        for (ButtonType wide : List.of(restore, salvage)) {
            Node button = alert.getDialogPane().lookupButton(wide);
            ButtonBar.setButtonUniformSize(button, false);
            ((Button) button).setMinWidth(Region.USE_PREF_SIZE);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(restore::equals).isPresent()) {
            return DamagedChoice.RESTORE;
        }
        return answer.filter(salvage::equals).isPresent() ? DamagedChoice.SALVAGE : DamagedChoice.QUIT;
    }

    @Override
    public Optional<String> askPassword(String title, String problem) {
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        field.setPrefColumnCount(24);
        Label why = new Label(problem == null ? Texts.text("common.password.encrypted") : problem);
        why.setWrapText(true);
        if (problem != null) {
            why.getStyleClass().add("field-error");
        }
        Dialog<String> dialog = dialog(title, new VBox(8, why, field), Texts.text("common.password.open"));
        dialog.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? field.getText() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<TeamForm> askTeamServer(TeamForm previous, String problem) {
        return TeamServerDialog.show(owner.get(), previous, problem);
    }

    @Override
    public Optional<String> askTeamPassword(String address, String user, String problem) {
        return TeamServerDialog.askPassword(owner.get(), address, user, problem);
    }

    @Override
    public Optional<String> askNewPassword(String title, int minLength) {
        PasswordField first = new PasswordField();
        first.setId("newPasswordField");
        PasswordField again = new PasswordField();
        again.setId("repeatPasswordField");
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        Label strength = new Label();
        strength.setId("passwordStrength");
        strength.setWrapText(true);
        strength.setMaxWidth(380);
        Label warning = new Label(Texts.text("common.newPassword.warning"));
        warning.setWrapText(true);
        warning.setMaxWidth(380);
        GridPane grid = form(new Label(Texts.text("common.newPassword.new")), first,
                new Label(Texts.text("common.newPassword.again")), again);
        Dialog<String> dialog = dialog(title, new VBox(10, grid, problem, strength, warning),
                Texts.text("common.dialog.ok"));
        Node ok = dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
        Runnable check = () -> {
            String text = first.getText();
            String message = text.length() < minLength ? Texts.text("common.newPassword.tooShort", minLength)
                    : !text.equals(again.getText()) ? Texts.text("common.newPassword.differ") : "";
            problem.setText(message);
            strength.setText(text.length() < minLength ? "" : PasswordStrength.rate(text).hint());
            ok.setDisable(!message.isEmpty());
        };
        first.textProperty().addListener(o -> check.run());
        again.textProperty().addListener(o -> check.run());
        check.run();
        dialog.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? first.getText() : null);
        return dialog.showAndWait();
    }

    @Override
    public void showFailure(String message, String details) {
        ButtonType copy = new ButtonType(Texts.text("common.failure.copy"), ButtonBar.ButtonData.LEFT);
        Alert alert = alert(Alert.AlertType.ERROR, Texts.text("common.alert.title"), message, copy,
                ButtonType.OK);
        // Copying keeps the dialog open, so the user can still read it and press OK.
        ((Button) alert.getDialogPane().lookupButton(copy)).addEventFilter(
                ActionEvent.ACTION, event -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(details);
                    Clipboard.getSystemClipboard().setContent(content);
                    event.consume();
                });
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseBackup(List<BackupOption> backups) {
        ListView<BackupOption> list = new ListView<>();
        list.getItems().setAll(backups);
        list.setId("backupList");
        list.setPrefSize(520, 260);
        list.setPlaceholder(new Label(Texts.text("common.backups.none")));
        if (!backups.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        ButtonType other = new ButtonType(Texts.text("common.backups.other"), ButtonBar.ButtonData.LEFT);
        Dialog<ButtonType> dialog = dialog(Texts.text("common.backups.title"), new VBox(8,
                new Label(Texts.text("common.backups.intro")), list),
                Texts.text("common.backups.restore"));
        dialog.getDialogPane().getButtonTypes().add(0, other);
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(1)).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> button);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.filter(other::equals).isPresent()) {
            return chooseOpenFile(Texts.text("common.backups.title"), "zip");
        }
        return answer.filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> list.getSelectionModel().getSelectedItem().file());
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public Optional<FollowUpDone> askFollowUpDone(String contactName, String reason) {
        ComboBox<Interaction.Channel> channel = new ComboBox<>();
        channel.getItems().setAll(Interaction.Channel.values());
        channel.setValue(Interaction.Channel.EMAIL);
        TextField summary = new TextField(reason == null ? Texts.text("common.followUp.followedUp")
                : Texts.text("common.followUp.followedUpReason", reason));
        summary.setId("doneSummary");
        summary.setPrefColumnCount(30);
        DatePicker next = new DatePicker();
        next.setPromptText(Texts.text("common.followUp.none"));
        next.setId("doneNext");
        GridPane grid = form(new Label(Texts.text("common.followUp.how")), channel,
                new Label(Texts.text("common.followUp.what")), summary,
                new Label(Texts.text("common.followUp.next")), next);
        Dialog<FollowUpDone> dialog = dialog(Texts.text("common.followUp.title", contactName), grid,
                Texts.text("common.followUp.markDone"));
        dialog.setResultConverter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? new FollowUpDone(channel.getValue(), summary.getText().isBlank()
                        ? Texts.text("common.followUp.followedUp") : summary.getText(),
                        next.getValue())
                : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<LocalDate> pickDate(String title, LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setId("pickedDate");
        Dialog<LocalDate> dialog = dialog(title, form(new Label(Texts.text("common.date.day")), picker),
                Texts.text("common.dialog.ok"));
        dialog.setResultConverter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? picker.getValue() : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<FollowUpPlan> askFollowUpPlan(String title, LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        TextField reason = new TextField();
        reason.setPromptText(Texts.text("common.plan.reasonPrompt"));
        reason.setPrefColumnCount(28);
        Dialog<FollowUpPlan> dialog = dialog(title, form(new Label(Texts.text("common.date.day")), picker,
                new Label(Texts.text("common.plan.reason")), reason), Texts.text("common.plan.ok"));
        dialog.setResultConverter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE
                && picker.getValue() != null ? new FollowUpPlan(picker.getValue(), reason.getText()) : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String prompt, List<String> suggestions) {
        ComboBox<String> field = new ComboBox<>();
        field.setEditable(true);
        field.getItems().setAll(suggestions);
        field.setPromptText(prompt);
        field.setId("askedText");
        field.setPrefWidth(260);
        Dialog<String> dialog = dialog(title, form(new Label(prompt), field), Texts.text("common.dialog.ok"));
        dialog.setResultConverter(button -> {
            String text = field.getEditor().getText();
            return button.getButtonData() == ButtonBar.ButtonData.OK_DONE && text != null && !text.isBlank()
                    ? text.strip() : null;
        });
        return dialog.showAndWait();
    }

    @Override
    public Optional<ExportChoice> askExport(ExportOffer offer) {
        return ExportDialog.show(owner.get(), offer, this::showError);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String... extensions) {
        return FileChoosers.open(owner.get(), title, extensions);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return FileChoosers.folder(owner.get(), title);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String... extensions) {
        return FileChoosers.save(owner.get(), title, suggestedName, extensions);
    }

    @Override
    public <P extends EditMerge.Part<?>> Optional<Set<P>> resolveConflict(
            String itemName, List<EditMerge.Difference<P>> differences) {
        return ConflictDialog.show(owner.get(), itemName, differences);
    }

    private <T> Dialog<T> dialog(String title, Node content, String okLabel) {
        return DialogParts.dialog(owner.get(), title, content, okLabel);
    }

    private static GridPane form(Node... labelsAndFields) {
        return DialogParts.form(labelsAndFields);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.setTitle(title);
        alert.setHeaderText(null);
        WindowIcons.put(alert);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        return alert;
    }
}
