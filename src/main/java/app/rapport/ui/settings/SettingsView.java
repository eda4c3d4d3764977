package app.rapport.ui.settings;

import app.rapport.domain.FieldLimits;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.NoReplyRule;
import app.rapport.domain.text.Language;
import app.rapport.ui.common.FormLabels;
import app.rapport.ui.common.TextLimits;
import app.rapport.ui.common.Texts;
import app.rapport.ui.common.ThemeChoice;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The Settings screen: binds {@link SettingsViewModel}. */
public final class SettingsView {

    @FXML private TextField brandField;
    @FXML private TextField myNameField;
    @FXML private CheckBox ruleCheck;
    @FXML private Spinner<Integer> ruleDays;
    @FXML private Label fieldsHint;
    @FXML private ListView<MessageTemplate> templateList;
    @FXML private Button deleteTemplateButton;
    @FXML private TextField templateName;
    @FXML private TextField templateSubject;
    @FXML private TextArea templateBody;
    @FXML private Label encryptionState;
    @FXML private Button encryptButton;
    @FXML private Button changePasswordButton;
    @FXML private Button removeEncryptionButton;
    @FXML private Label workspaceWhere;
    @FXML private HBox encryptionButtons;
    @FXML private Button copyToTeamButton;
    @FXML private Button copyHereButton;
    @FXML private Button backToLocalButton;
    @FXML private Label templateProblem;
    @FXML private Button saveTemplateButton;
    @FXML private Label languageLabel;
    @FXML private ComboBox<Optional<Language>> languageChoice;
    @FXML private Label themeLabel;
    @FXML private ComboBox<ThemeChoice> themeChoice;

    private final SettingsViewModel viewModel;
    private final EncryptionViewModel encryption;
    private final WorkspacePlaceViewModel place;
    private final AppearanceViewModel appearance;

    public SettingsView(SettingsViewModel viewModel, EncryptionViewModel encryption, WorkspacePlaceViewModel place,
            AppearanceViewModel appearance) {
        this.viewModel = viewModel;
        this.encryption = encryption;
        this.place = place;
        this.appearance = appearance;
    }

    @FXML
    private void initialize() {
        FormLabels.nameFields((GridPane) brandField.getParent());
        TextLimits.limit(templateName, FieldLimits.NAME);
        TextLimits.limit(templateSubject, FieldLimits.SHORT_TEXT);
        TextLimits.limit(templateBody, FieldLimits.TEMPLATE_BODY);
        workspaceWhere.setText(place.where());
        // A team workspace's file, backups and encryption are its server's; it cannot be copied to a server again.
        for (Node localOnly : List.of(encryptionState, encryptionButtons, copyToTeamButton)) {
            localOnly.setVisible(!place.isTeam());
            localOnly.setManaged(!place.isTeam());
        }
        copyToTeamButton.disableProperty().bind(place.workingProperty());
        copyHereButton.setVisible(place.isTeam());
        copyHereButton.setManaged(place.isTeam());
        copyHereButton.disableProperty().bind(place.workingProperty());
        backToLocalButton.setVisible(place.canGoBackToLocal());
        backToLocalButton.setManaged(place.canGoBackToLocal());
        encryptionState.textProperty().bind(Bindings.when(encryption.encryptedProperty())
                .then(Texts.text("settings.view.encrypted"))
                .otherwise(Texts.text("settings.view.notEncrypted")));
        encryptButton.visibleProperty().bind(encryption.encryptedProperty().not());
        encryptButton.managedProperty().bind(encryptButton.visibleProperty());
        changePasswordButton.visibleProperty().bind(encryption.encryptedProperty());
        changePasswordButton.managedProperty().bind(changePasswordButton.visibleProperty());
        removeEncryptionButton.visibleProperty().bind(encryption.encryptedProperty());
        removeEncryptionButton.managedProperty().bind(removeEncryptionButton.visibleProperty());
        encryptButton.disableProperty().bind(encryption.workingProperty());
        changePasswordButton.disableProperty().bind(encryption.workingProperty());
        removeEncryptionButton.disableProperty().bind(encryption.workingProperty());
        brandField.textProperty().bindBidirectional(viewModel.brandNameProperty());
        myNameField.textProperty().bindBidirectional(viewModel.myNameProperty());
        ruleCheck.selectedProperty().bindBidirectional(viewModel.ruleEnabledProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory days =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 365, NoReplyRule.DEFAULT_DAYS);
        ruleDays.setValueFactory(days);
        days.valueProperty().addListener((obs, old, v) -> viewModel.ruleDaysProperty().set(v == null ? 7 : v));
        viewModel.ruleDaysProperty().addListener((obs, old, v) -> days.setValue(v.intValue()));
        ruleDays.disableProperty().bind(ruleCheck.selectedProperty().not());
        fieldsHint.setText(Texts.text("settings.view.mergeFields", MessageTemplate.FIELDS.stream()
                .map(f -> "{" + f + "}").collect(Collectors.joining("  "))));

        templateList.setItems(viewModel.templates());
        templateList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MessageTemplate template, boolean empty) {
                super.updateItem(template, empty);
                setText(empty || template == null ? null : template.name());
            }
        });
        templateList.getSelectionModel().selectedItemProperty().addListener((obs, old, t) -> {
            if (t != null) {
                viewModel.selectedTemplateProperty().set(t);
            }
        });
        viewModel.selectedTemplateProperty().addListener((obs, old, t) -> {
            if (t == null) {
                templateList.getSelectionModel().clearSelection();
            } else {
                templateList.getSelectionModel().select(t);
            }
        });
        deleteTemplateButton.disableProperty().bind(viewModel.selectedTemplateProperty().isNull());
        templateName.textProperty().bindBidirectional(viewModel.templateNameProperty());
        templateSubject.textProperty().bindBidirectional(viewModel.templateSubjectProperty());
        templateBody.textProperty().bindBidirectional(viewModel.templateBodyProperty());
        templateProblem.textProperty().bind(viewModel.templateProblemProperty());
        saveTemplateButton.disableProperty().bind(viewModel.canSaveTemplateProperty().not());
        bindAppearance();
    }

    private void bindAppearance() {
        // Set here, not in the FXML: a label there can only name a control declared before it.
        languageLabel.setLabelFor(languageChoice);
        themeLabel.setLabelFor(themeChoice);
        languageChoice.setItems(appearance.languages());
        languageChoice.setConverter(named(AppearanceViewModel::name));
        languageChoice.valueProperty().bindBidirectional(appearance.languageProperty());
        themeChoice.setItems(appearance.themes());
        themeChoice.setConverter(named(AppearanceViewModel::name));
        themeChoice.valueProperty().bindBidirectional(appearance.themeProperty());
    }

    private static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                // The lists are not editable: a choice is picked, never typed.
                return null;
            }
        };
    }

    @FXML
    private void saveSettings() {
        viewModel.saveSettings();
    }

    @FXML
    private void newTemplate() {
        viewModel.newTemplate();
        templateName.requestFocus();
        templateName.selectAll();
    }

    @FXML
    private void saveTemplate() {
        viewModel.saveTemplate();
    }

    @FXML
    private void deleteTemplate() {
        viewModel.deleteTemplate();
    }

    @FXML
    private void encrypt() {
        encryption.encrypt();
    }

    @FXML
    private void changePassword() {
        encryption.changePassword();
    }

    @FXML
    private void removeEncryption() {
        encryption.removeEncryption();
    }

    @FXML
    private void copyToTeam() {
        place.copyToTeam();
    }

    @FXML
    private void copyHere() {
        place.copyToThisComputer();
    }

    @FXML
    private void backToLocal() {
        place.goBackToLocal();
    }
}
