package app.rapport.ui.campaigns;

import app.rapport.domain.TimelineItem;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.Texts;
import java.time.YearMonth;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A dated item of the campaign's timeline; the first of each month carries the month's name. */
final class TimelineCell extends ListCell<TimelineItem> {


    @Override
    protected void updateItem(TimelineItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        VBox box = new VBox(2);
        int i = getIndex();
        boolean newMonth = i == 0 || !getListView().getItems().get(i - 1).day().withDayOfMonth(1)
                .equals(item.day().withDayOfMonth(1));
        if (newMonth) {
            Label month = new Label(Formats.monthAndYear(YearMonth.from(item.day())));
            month.getStyleClass().add("subsection-title");
            box.getChildren().add(month);
        }
        String key = item.overdue() ? "campaigns.timelineCell.overdueItem" : "campaigns.timelineCell.item";
        Label line = new Label(Texts.text(key, Formats.mediumDate(item.day()), String.valueOf(item.kind()),
                item.label()));
        if (item.overdue()) {
            line.getStyleClass().add("entry-overdue");
        }
        box.getChildren().add(line);
        setGraphic(box);
    }
}
