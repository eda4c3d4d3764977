package app.rapport.ui.common;

import app.rapport.ui.common.DialogService.TeamForm;
import java.io.File;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where a team workspace is: the PostgreSQL server, its database, the user, the password, TLS and the team's
 * own CA certificate when its server's certificate does not come from a public CA.
 */
final class TeamServerDialog {

    private TeamServerDialog() {
    }

    static Optional<TeamForm> show(Window owner, TeamForm previous, String problem) {
        TeamForm p = previous == null ? new TeamForm("", "5432", "", "", "", true, "") : previous;
        TextField host = field("teamHost", p.host(), "db.example.com");
        TextField port = field("teamPort", p.port(), "5432");
        TextField database = field("teamDatabase", p.database(), Texts.text("common.teamServer.databasePrompt"));
        TextField user = field("teamUser", p.user(), System.getProperty("user.name", ""));
        PasswordField password = new PasswordField();
        password.setId("teamPassword");
        CheckBox tls = new CheckBox(Texts.text("common.teamServer.tls"));
        tls.setId("teamTls");
        tls.setSelected(p.tls());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label(Texts.text("common.teamServer.server")), host);
        grid.addRow(1, label(Texts.text("common.teamServer.port")), port);
        grid.addRow(2, label(Texts.text("common.teamServer.database")), database);
        grid.addRow(3, label(Texts.text("common.teamServer.user")), user);
        grid.addRow(4, label(Texts.text("common.teamServer.password")), password);
        grid.add(tls, 1, 5);
        Label tlsHint = new Label(Texts.text("common.teamServer.tlsHint"));
        tlsHint.getStyleClass().add("hint");
        grid.add(tlsHint, 1, 6);
        TextField caFile = field("teamCaFile", p.caFile(), Texts.text("common.teamServer.caPrompt"));
        Button chooseCa = new Button(Texts.text("common.teamServer.choose"));
        chooseCa.setId("teamCaFileChoose");
        chooseCa.setOnAction(e -> chooseCaFile(chooseCa.getScene().getWindow(), caFile));
        caFile.disableProperty().bind(tls.selectedProperty().not());
        chooseCa.disableProperty().bind(tls.selectedProperty().not());
        grid.addRow(7, label(Texts.text("common.teamServer.caFile")), new HBox(6, caFile, chooseCa));
        Label caHint = new Label(Texts.text("common.teamServer.caHint"));
        caHint.getStyleClass().add("hint");
        caHint.setWrapText(true);
        caHint.setMaxWidth(360);
        grid.add(caHint, 1, 8);
        Label why = new Label(problem == null ? Texts.text("common.teamServer.intro") : problem);
        why.setWrapText(true);
        why.setMaxWidth(480);
        if (problem != null) {
            why.getStyleClass().add("field-error");
        }
        Dialog<TeamForm> dialog = new Dialog<>();
        WindowIcons.put(dialog);
        dialog.setTitle(Texts.text("common.teamServer.title"));
        dialog.setHeaderText(Texts.text("common.teamServer.title"));
        dialog.getDialogPane().setId("teamServerDialog");
        dialog.getDialogPane().setContent(new VBox(10, why, grid));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Texts.text("common.teamServer.connect"),
                ButtonBar.ButtonData.OK_DONE),
                ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? new TeamForm(host.getText().strip(), port.getText().strip(), database.getText().strip(),
                        user.getText().strip(), password.getText(), tls.isSelected(),
                        tls.isSelected() ? caFile.getText().strip() : "")
                : null);
        Platform.runLater((p.host().isEmpty() ? host : password)::requestFocus);
        return dialog.showAndWait();
    }

    /** The password of {@code user} on the team server, with why the last one failed; nothing when cancelled. */
    static Optional<String> askPassword(Window owner, String address, String user, String problem) {
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        field.setPrefColumnCount(24);
        Label where = new Label(Texts.text("common.teamPassword.where", address));
        where.setWrapText(true);
        where.setMaxWidth(460);
        Label why = new Label(problem == null ? Texts.text("common.teamPassword.enter", user) : problem);
        why.setWrapText(true);
        why.setMaxWidth(460);
        if (problem != null) {
            why.getStyleClass().add("field-error");
        }
        Dialog<String> dialog = new Dialog<>();
        WindowIcons.put(dialog);
        dialog.setTitle(Texts.text("common.teamPassword.title"));
        dialog.setHeaderText(Texts.text("common.teamPassword.title"));
        dialog.getDialogPane().setContent(new VBox(8, where, why, field));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Texts.text("common.teamServer.connect"),
                ButtonBar.ButtonData.OK_DONE),
                ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? field.getText() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    private static void chooseCaFile(Window owner, TextField caFile) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.text("common.teamServer.caTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.text("common.teamServer.certificates"), "*.crt", "*.pem",
                        "*.cer"),
                new FileChooser.ExtensionFilter(Texts.text("common.files.all"), "*.*"));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            caFile.setText(chosen.getAbsolutePath());
        }
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String id, String value, String prompt) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(22);
        return field;
    }
}
