package app.rapport.ui.messages;

import app.rapport.domain.Influencer;
import app.rapport.domain.MessageTemplate;
import app.rapport.ui.common.ChildWindows;
import app.rapport.ui.common.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The message window: recipients on the left, the filled template and its actions on the right. */
public final class MessageView {

    @FXML private ListView<Influencer> recipientList;
    @FXML private ComboBox<MessageTemplate> templateBox;
    @FXML private TextField subjectField;
    @FXML private TextArea bodyArea;
    @FXML private Label warningLabel;
    @FXML private Button copyButton;
    @FXML private Button mailButton;
    @FXML private Button nextButton;
    @FXML private Label recipientsLabel;
    @FXML private Label templateLabel;
    @FXML private Label subjectLabel;
    @FXML private Label bodyLabel;

    private final MessageViewModel viewModel;

    public MessageView(MessageViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Opens the window over the main one. */
    public static Stage show(Window owner, MessageViewModel viewModel) {
        return ChildWindows.open(owner, MessageView.class, new MessageView(viewModel),
                Texts.text("templates.window.title"));
    }

    @FXML
    private void initialize() {
        recipientsLabel.setLabelFor(recipientList);
        templateLabel.setLabelFor(templateBox);
        subjectLabel.setLabelFor(subjectField);
        bodyLabel.setLabelFor(bodyArea);
        recipientList.setItems(viewModel.recipients());
        recipientList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Influencer contact, boolean empty) {
                super.updateItem(contact, empty);
                setText(empty || contact == null ? null : contact.displayName()
                        + (contact.email() == null ? "" : "\n" + contact.email()));
            }
        });
        recipientList.getSelectionModel().select(viewModel.recipientProperty().get());
        recipientList.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != null) {
                viewModel.recipientProperty().set(r);
            }
        });
        viewModel.recipientProperty().addListener((obs, old, r) -> recipientList.getSelectionModel().select(r));
        templateBox.setItems(viewModel.templates());
        templateBox.valueProperty().bindBidirectional(viewModel.templateProperty());
        templateBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(MessageTemplate template) {
                return template == null ? "" : template.name();
            }

            @Override
            public MessageTemplate fromString(String text) {
                return null;
            }
        });
        subjectField.textProperty().bind(viewModel.subjectProperty());
        bodyArea.textProperty().bind(viewModel.bodyProperty());
        warningLabel.textProperty().bind(viewModel.warningProperty());
        warningLabel.visibleProperty().bind(viewModel.warningProperty().isNotEmpty());
        copyButton.disableProperty().bind(viewModel.canSendProperty().not());
        mailButton.disableProperty().bind(viewModel.canOpenMailProperty().not());
        nextButton.disableProperty().bind(viewModel.canSendProperty().not());
    }

    @FXML
    private void copy() {
        viewModel.copy();
    }

    @FXML
    private void openMail() {
        viewModel.openMail();
    }

    @FXML
    private void next() {
        viewModel.next();
    }
}
