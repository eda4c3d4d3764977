package app.rapport.ui.pipeline;

import app.rapport.domain.Influencer;
import app.rapport.domain.Outreach;
import app.rapport.domain.SocialAccount;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.PlatformBadge;
import app.rapport.ui.common.Texts;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The content of one board card; one per visible cell, refilled as the list scrolls. */
final class Card extends VBox {

    private final Label name = new Label();
    private final Label badge = new Label();
    private final Label handle = new Label();
    private final Label followers = new Label();
    private final Label days = new Label();
    private final Label followUp = new Label();
    private String followUpDay = "";

    Card() {
        super(3);
        getStyleClass().add("card");
        // Small preferred width: the cell stretches the card to the column, long handles are cut with "…".
        setPrefWidth(1);
        setMinWidth(0);
        handle.setMinWidth(0);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        followers.setMinWidth(Region.USE_PREF_SIZE);
        followUp.setMinWidth(Region.USE_PREF_SIZE);
        name.getStyleClass().add("card-name");
        handle.getStyleClass().add("card-handle");
        followers.getStyleClass().add("card-followers");
        days.getStyleClass().add("card-days");
        followUp.getStyleClass().add("card-follow-up");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        getChildren().addAll(name, new HBox(5, badge, handle, gap, followers), new HBox(5, days, gap2, followUp));
    }

    /** What a screen reader says for the card: the same facts the card shows. */
    String spoken() {
        return followUpDay.isEmpty()
                ? Texts.text("a11y.pipelineCard", name.getText(), followers.getText(), days.getText())
                : Texts.text("a11y.pipelineCardFollowUp", name.getText(), followers.getText(), days.getText(),
                        followUpDay);
    }

    void show(Influencer contact, LocalDate today, ZoneId zone) {
        name.setText(contact.displayName());
        SocialAccount main = contact.mainAccount().orElse(null);
        badge.setVisible(main != null);
        if (main != null) {
            PlatformBadge.style(badge, main.platform());
        }
        handle.setText(main == null ? "" : main.displayHandle());
        followers.setText(Formats.followers(contact.mainFollowers()));
        Outreach outreach = contact.outreach();
        long inStatus = outreach.daysInStatus(today, zone);
        days.setText(Texts.text("pipeline.card.daysInStatus", inStatus));
        followUpDay = outreach.followUpOn() == null ? "" : Formats.relativeDay(outreach.followUpOn(), today);
        followUp.setText(followUpDay.isEmpty() ? "" : Texts.text("pipeline.card.followUp", followUpDay));
        followUp.getStyleClass().remove("overdue");
        if (outreach.isFollowUpOverdue(today)) {
            followUp.getStyleClass().add("overdue");
        }
    }
}
