package app.rapport.ui.contacts;

import app.rapport.domain.FieldLimits;
import app.rapport.domain.Platform;
import app.rapport.ui.common.FieldErrors;
import app.rapport.ui.common.TextLimits;
import app.rapport.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The fields of one social account in the contact form. */
final class AccountRow extends VBox {

    private final AccountFormViewModel viewModel;
    private final TextField handleField = new TextField();

    AccountRow(AccountFormViewModel viewModel, ContactEditorViewModel editor) {
        super(4);
        this.viewModel = viewModel;
        getStyleClass().add("account-row");

        ComboBox<Platform> platform = new ComboBox<>();
        platform.getItems().setAll(Platform.values());
        platform.valueProperty().bindBidirectional(viewModel.platformProperty());
        platform.setPrefWidth(150);
        platform.setMinWidth(Region.USE_PREF_SIZE);
        platform.setAccessibleText(Texts.text("contacts.account.platform"));
        platform.getStyleClass().add("platform-box");

        handleField.setPromptText(Texts.text("contacts.account.handlePrompt"));
        // A pasted profile link may be longer than the handle it becomes.
        TextLimits.limit(handleField, FieldLimits.URL);
        handleField.textProperty().bindBidirectional(viewModel.handleProperty());
        handleField.setAccessibleText(Texts.text("contacts.account.handle"));
        handleField.getStyleClass().add("handle-field");
        handleField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.commitHandle();
            }
        });
        handleField.setOnAction(e -> viewModel.commitHandle());
        HBox.setHgrow(handleField, Priority.ALWAYS);

        Button remove = new Button(null, new FontIcon("fth-x"));
        remove.getStyleClass().addAll("flat");
        remove.setTooltip(new Tooltip(Texts.text("contacts.account.removeTooltip")));
        remove.setAccessibleText(Texts.text("contacts.account.removeTooltip"));
        remove.setOnAction(e -> editor.removeAccount(viewModel));

        TextField followers = new TextField();
        followers.setPromptText(Texts.text("contacts.account.followers"));
        followers.setTooltip(new Tooltip(Texts.text("contacts.account.followersTooltip")));
        followers.textProperty().bindBidirectional(viewModel.followersProperty());
        followers.setAccessibleText(Texts.text("contacts.account.followers"));
        followers.getStyleClass().add("followers-field");
        followers.setPrefColumnCount(8);
        HBox.setHgrow(followers, Priority.ALWAYS);

        TextField engagement = new TextField();
        engagement.setPromptText(Texts.text("contacts.account.engagementPrompt"));
        engagement.setTooltip(new Tooltip(Texts.text("contacts.account.engagementTooltip")));
        engagement.textProperty().bindBidirectional(viewModel.engagementProperty());
        engagement.setAccessibleText(Texts.text("contacts.account.engagement"));
        engagement.getStyleClass().add("engagement-field");
        engagement.setPrefColumnCount(7);
        HBox.setHgrow(engagement, Priority.ALWAYS);

        DatePicker checked = new DatePicker();
        checked.setPromptText(Texts.text("contacts.account.checkedOnPrompt"));
        checked.valueProperty().bindBidirectional(viewModel.checkedOnProperty());
        checked.setPrefWidth(170);
        checked.setMinWidth(150);
        checked.setTooltip(new Tooltip(Texts.text("contacts.account.checkedOnTooltip")));

        TextField url = new TextField();
        TextLimits.limit(url, FieldLimits.URL);
        url.setPromptText(Texts.text("contacts.account.profileLinkPrompt"));
        url.textProperty().bindBidirectional(viewModel.profileUrlProperty());
        url.editableProperty().bind(viewModel.urlEditableProperty());
        url.getStyleClass().add("profile-url");
        url.setAccessibleText(Texts.text("contacts.account.profileLink"));

        Label handleError = errorLabel();
        Label numbersError = errorLabel();
        Label urlError = errorLabel();
        FieldErrors.show(handleField, handleError, viewModel.handleErrorProperty());
        FieldErrors.show(followers, numbersError, Bindings.when(viewModel.followersErrorProperty().isEmpty())
                .then(viewModel.engagementErrorProperty()).otherwise(viewModel.followersErrorProperty()));
        FieldErrors.show(engagement, new Label(), viewModel.engagementErrorProperty());
        FieldErrors.show(url, urlError, viewModel.urlErrorProperty());

        getChildren().addAll(
                new HBox(6, platform, handleField, remove),
                handleError,
                new HBox(6, followers, engagement, checked),
                numbersError,
                url,
                urlError);
    }

    private static Label errorLabel() {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        return label;
    }

    AccountFormViewModel viewModel() {
        return viewModel;
    }

    void focusHandle() {
        handleField.requestFocus();
    }
}
