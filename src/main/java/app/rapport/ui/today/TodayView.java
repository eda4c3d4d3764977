package app.rapport.ui.today;

import app.rapport.domain.Influencer;
import app.rapport.domain.RightsReminder;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Today list: groups of follow-ups with Done, Snooze and Open on each. */
public final class TodayView {

    @FXML private ListView<TodayRow> list;
    @FXML private VBox emptyState;
    @FXML private Label dateLabel;

    private final TodayViewModel viewModel;

    public TodayView(TodayViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.rows());
        list.setCellFactory(view -> new RowCell());
        list.setFocusTraversable(true);
        list.setOnKeyPressed(e -> {
            // The keyboard's way to the Open button: Enter opens the selected follow-up's contact.
            TodayRow selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected instanceof TodayRow.Entry entry) {
                viewModel.open(entry.contact());
                e.consume();
            }
        });
        emptyState.visibleProperty().bind(Bindings.isEmpty(viewModel.rows()));
        list.visibleProperty().bind(Bindings.isNotEmpty(viewModel.rows()));
        dateLabel.setText(Formats.fullDate(viewModel.today()));
        list.sceneProperty().addListener((obs, old, scene) -> {
            // The date may have changed since the list was built: rebuild whenever the screen is shown.
            if (scene != null) {
                viewModel.refresh();
                dateLabel.setText(Formats.fullDate(viewModel.today()));
            }
        });
    }

    /** A heading or a follow-up line with its actions. */
    private final class RowCell extends ListCell<TodayRow> {
        @Override
        protected void updateItem(TodayRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("today-heading", "today-entry");
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            if (row instanceof TodayRow.Heading heading) {
                Label title = new Label(Texts.text("today.heading", heading.title(), heading.count()));
                title.getStyleClass().add(heading.overdue() ? "heading-overdue" : "heading");
                getStyleClass().add("today-heading");
                setGraphic(title);
                setAccessibleText(title.getText());
            } else if (row instanceof TodayRow.Reminder reminder) {
                getStyleClass().add("today-entry");
                setGraphic(reminderLine(reminder.reminder()));
                setAccessibleText(Texts.text("a11y.todayReminder",
                        reminder.reminder().text(Formats.shortDate(reminder.reminder().endsOn())),
                        Formats.relativeDay(reminder.reminder().endsOn(), viewModel.today())));
            } else if (row instanceof TodayRow.Entry entry) {
                getStyleClass().add("today-entry");
                setGraphic(entryLine(entry));
                setAccessibleText(entryText(entry.contact()));
            }
        }

        /** What a screen reader says for a follow-up: who, why and when, as the line shows them. */
        private String entryText(Influencer contact) {
            return Texts.text("a11y.todayEntry", contact.displayName(), reason(contact),
                    Formats.relativeDay(contact.outreach().followUpOn(), viewModel.today()));
        }

        private static String reason(Influencer contact) {
            return contact.outreach().followUpReason() == null ? Texts.text("today.entry.followUp")
                    : contact.outreach().followUpReason();
        }

        private HBox entryLine(TodayRow.Entry entry) {
            Influencer contact = entry.contact();
            Label name = new Label(contact.displayName());
            name.getStyleClass().add("entry-name");
            Label reason = new Label(reason(contact));
            reason.getStyleClass().add("entry-reason");
            Label when = new Label(Formats.relativeDay(contact.outreach().followUpOn(), viewModel.today()));
            when.getStyleClass().add(entry.overdue() ? "entry-overdue" : "entry-when");
            VBox text = new VBox(2, name, reason);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);

            Button done = new Button(Texts.text("today.entry.done"), new FontIcon("fth-check"));
            done.getStyleClass().addAll("success", "done-button");
            done.setOnAction(e -> viewModel.done(contact));
            MenuButton snooze = new MenuButton(Texts.text("today.entry.snooze"));
            snooze.getStyleClass().add("snooze-button");
            snooze.getItems().addAll(snoozeItem(contact, Texts.text("today.snooze.oneDay"), 1),
                    snoozeItem(contact, Texts.text("today.snooze.threeDays"), 3),
                    snoozeItem(contact, Texts.text("today.snooze.oneWeek"), 7));
            MenuItem pick = new MenuItem(Texts.text("today.snooze.pickDay"));
            pick.setOnAction(e -> viewModel.snoozeToPickedDay(contact));
            snooze.getItems().add(pick);
            Button open = new Button(Texts.text("today.entry.open"));
            open.getStyleClass().addAll("flat", "open-button");
            open.setOnAction(e -> viewModel.open(contact));

            HBox line = new HBox(12, text, gap, when, done, snooze, open);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setId("entry-" + contact.id());
            return line;
        }

        private HBox reminderLine(RightsReminder reminder) {
            Label text = new Label(reminder.text(Formats.shortDate(reminder.endsOn())));
            text.getStyleClass().add("entry-name");
            Label when = new Label(Formats.relativeDay(reminder.endsOn(), viewModel.today()));
            when.getStyleClass().add("entry-when");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox line = new HBox(12, new FontIcon("fth-shield"), text, gap, when);
            line.setAlignment(Pos.CENTER_LEFT);
            return line;
        }

        private MenuItem snoozeItem(Influencer contact, String label, int days) {
            MenuItem item = new MenuItem(label);
            item.setOnAction(e -> viewModel.snooze(contact, days));
            return item;
        }
    }
}
