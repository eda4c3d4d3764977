package app.rapport.ui.contacts;

import app.rapport.domain.FieldChange;
import app.rapport.domain.FieldLimits;
import app.rapport.domain.Influencer;
import app.rapport.domain.Interaction;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.StatusChange;
import app.rapport.ui.common.FormLabels;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.TextLimits;
import app.rapport.ui.common.Texts;
import java.time.ZoneId;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Outreach tab: binds {@link OutreachViewModel} and forwards its buttons. */
public final class OutreachView {

    @FXML private Label inactiveLabel;
    @FXML private ScrollPane content;
    @FXML private Label statusLabel;
    @FXML private Label dncBadge;
    @FXML private MenuButton moveButton;
    @FXML private Button messageButton;
    @FXML private DatePicker followUpDate;
    @FXML private TextField followUpReason;
    @FXML private DatePicker interactionDay;
    @FXML private TextField interactionTime;
    @FXML private Label timeError;
    @FXML private ComboBox<Interaction.Channel> channelBox;
    @FXML private ComboBox<Interaction.Direction> directionBox;
    @FXML private TextField summaryField;
    @FXML private TextArea detailsField;
    @FXML private Button logButton;
    @FXML private ListView<Interaction> interactionsList;
    @FXML private ListView<StatusChange> historyList;
    @FXML private ListView<FieldChange> changesList;
    @FXML private GridPane interactionGrid;

    private final ContactsViewModel contacts;
    private final OutreachViewModel viewModel;

    public OutreachView(ContactsViewModel contacts) {
        this.contacts = contacts;
        this.viewModel = contacts.outreach();
    }

    @FXML
    private void initialize() {
        FormLabels.nameFields(interactionGrid);
        TextLimits.limit(followUpReason, FieldLimits.SHORT_TEXT);
        TextLimits.limit(summaryField, FieldLimits.SHORT_TEXT);
        TextLimits.limit(detailsField, FieldLimits.LONG_TEXT);
        content.visibleProperty().bind(viewModel.activeProperty());
        inactiveLabel.visibleProperty().bind(viewModel.activeProperty().not());
        viewModel.contactProperty().addListener((obs, old, contact) -> showStatus(contact));
        for (OutreachStatus status : OutreachStatus.values()) {
            MenuItem item = new MenuItem(status.label());
            item.setId("move-" + status.name());
            item.setOnAction(e -> viewModel.moveTo(status));
            moveButton.getItems().add(item);
        }
        followUpDate.valueProperty().bindBidirectional(viewModel.followUpOnProperty());
        followUpReason.textProperty().bindBidirectional(viewModel.followUpReasonProperty());
        interactionDay.valueProperty().bindBidirectional(viewModel.interactionDayProperty());
        interactionTime.textProperty().bindBidirectional(viewModel.interactionTimeProperty());
        timeError.textProperty().bind(viewModel.timeErrorProperty());
        channelBox.getItems().setAll(Interaction.Channel.values());
        channelBox.valueProperty().bindBidirectional(viewModel.channelProperty());
        directionBox.getItems().setAll(Interaction.Direction.values());
        directionBox.valueProperty().bindBidirectional(viewModel.directionProperty());
        summaryField.textProperty().bindBidirectional(viewModel.summaryProperty());
        detailsField.textProperty().bindBidirectional(viewModel.detailsProperty());
        logButton.disableProperty().bind(viewModel.canLogProperty().not());
        summaryField.setOnAction(e -> viewModel.logInteraction());

        interactionsList.setItems(viewModel.interactions());
        interactionsList.setCellFactory(list -> new InteractionCell());
        interactionsList.setPlaceholder(new Label(Texts.text("contacts.outreach.noInteractions")));
        historyList.setItems(viewModel.history());
        historyList.setCellFactory(list -> new HistoryCell());
        changesList.setItems(viewModel.fieldChanges());
        changesList.setCellFactory(list -> new ChangeCell());
        showStatus(viewModel.contactProperty().get());
    }

    private void showStatus(Influencer contact) {
        if (contact == null) {
            return;
        }
        long days = contact.outreach().daysInStatus(viewModel.today(), ZoneId.systemDefault());
        statusLabel.setText(Texts.text("contacts.outreach.statusSince", contact.outreach().status().label(), days));
        dncBadge.setVisible(contact.outreach().isDoNotContact());
        dncBadge.setManaged(contact.outreach().isDoNotContact());
        messageButton.setDisable(contact.outreach().isDoNotContact());
        moveButton.getItems().forEach(item -> item.setDisable(
                item.getId().equals("move-" + contact.outreach().status().name())));
    }

    @FXML
    private void saveFollowUp() {
        viewModel.saveFollowUp();
    }

    @FXML
    private void clearFollowUp() {
        viewModel.clearFollowUp();
    }

    @FXML
    private void logInteraction() {
        viewModel.logInteraction();
    }

    @FXML
    private void writeMessage() {
        contacts.writeMessage();
    }

    /** "↗ Email · date time — summary", details as a tooltip, and a delete button. */
    private final class InteractionCell extends ListCell<Interaction> {
        @Override
        protected void updateItem(Interaction interaction, boolean empty) {
            super.updateItem(interaction, empty);
            setText(null);
            if (empty || interaction == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            boolean out = interaction.direction() == Interaction.Direction.OUTBOUND;
            FontIcon arrow = new FontIcon(out ? "fth-arrow-up-right" : "fth-arrow-down-left");
            arrow.getStyleClass().add(out ? "outbound" : "inbound");
            Label when = new Label(Texts.text("contacts.outreach.interactionWhen", interaction.channel().toString(),
                    Formats.moment(interaction.occurredAt())));
            when.getStyleClass().add("text-muted");
            Label summary = new Label(interaction.summary());
            summary.setWrapText(true);
            VBox text = new VBox(2, summary, when);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button delete = new Button(null, new FontIcon("fth-x"));
            delete.getStyleClass().addAll("flat", "small");
            delete.setOnAction(e -> viewModel.deleteInteraction(interaction));
            delete.setAccessibleText(Texts.text("a11y.deleteInteraction"));
            delete.setTooltip(new Tooltip(Texts.text("a11y.deleteInteraction")));
            setGraphic(new HBox(8, arrow, text, gap, delete));
            setTooltip(interaction.details() == null ? null : new Tooltip(interaction.details()));
        }
    }

    /** "Prospect → Contacted" and when. */
    private static final class HistoryCell extends ListCell<StatusChange> {
        @Override
        protected void updateItem(StatusChange change, boolean empty) {
            super.updateItem(change, empty);
            setText(null);
            if (empty || change == null) {
                setGraphic(null);
                return;
            }
            Label move = new Label(change.from() == null
                    ? Texts.text("contacts.outreach.addedAs", change.to().label())
                    : Texts.text("contacts.outreach.statusMove", change.from().label(), change.to().label()));
            Label when = new Label(Formats.moment(change.changedAt()));
            when.getStyleClass().add("text-muted");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            setGraphic(new HBox(8, move, gap, when));
        }
    }

    /** "Email: old → new", with when and who. */
    private static final class ChangeCell extends ListCell<FieldChange> {
        @Override
        protected void updateItem(FieldChange change, boolean empty) {
            super.updateItem(change, empty);
            setText(null);
            if (empty || change == null) {
                setGraphic(null);
                return;
            }
            Label what = new Label(Texts.text("contacts.outreach.fieldChange", change.field(),
                    orEmpty(change.before()), orEmpty(change.after())));
            what.setWrapText(true);
            what.setMaxWidth(300);
            Label when = new Label(Texts.text("contacts.outreach.changedWhenBy",
                    Formats.moment(change.at()), change.by()));
            when.getStyleClass().add("text-muted");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            setGraphic(new HBox(8, what, gap, when));
        }

        private static String orEmpty(String value) {
            return value.isEmpty() ? Texts.text("contacts.outreach.emptyValue") : value;
        }
    }
}
