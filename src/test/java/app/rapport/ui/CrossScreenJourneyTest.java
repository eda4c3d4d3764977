package app.rapport.ui;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static app.rapport.ui.RapportWindow.fill;
import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Campaign;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Influencer;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.Payment;
import app.rapport.domain.Platform;
import app.rapport.domain.ShortlistRow;
import app.rapport.service.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Journeys that cross screens: what one screen changes, the others show at once, and each opens the other. */
class CrossScreenJourneyTest {

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();

    @Test
    void aPaymentMarkedOnPaymentsShowsAtOnceOnTheContactsDealsTabTheDashboardAndTheCampaign() throws Exception {
        fill(workspace, session -> {
            Influencer luna = session.contacts().save(anInfluencer().named("Luna Bakes")
                    .withAccount(Platform.INSTAGRAM, "luna.bakes", 48_200).build());
            Campaign holiday = session.campaigns().save(new Campaign(null, "Holiday gifts", null, null, null,
                    Money.of("1000", "EUR"), List.of(), Set.of(), null, List.of(), null, null));
            session.deals().save(new Deal(null, luna.id(), holiday.id(), "Winter reel", DealStage.AGREED,
                    Money.of("150", "EUR"), null, null, null, List.of(), null, List.of(new Instalment(null,
                            Money.of("150", "EUR"), LocalDate.now(), null, null, null, null)), null, null, null,
                    null));
        });
        String zero = Money.of("0", "EUR").format(Locale.getDefault());
        String fee = Money.of("150", "EUR").format(Locale.getDefault());
        window.open(workspace);
        FxRobot robot = window.robot();
        waitUntil(() -> window.table().getItems().size() == 1);

        // The screens' figures before the payment; their nodes are kept to be read while another screen shows.
        robot.clickOn("#nav-dashboard");
        FlowPane tiles = window.find("#tiles");
        waitUntil(() -> fee.equals(dueThisMonth(tiles)));
        robot.clickOn("#nav-campaigns");
        GridPane figures = window.find("#figures");
        waitUntil(() -> zero.equals(paidFigure(figures)));
        robot.clickOn("#nav-contacts");
        robot.clickOn("Luna Bakes");
        robot.clickOn("#dealsTab");
        Label totals = window.find("#totalsLabel");
        waitUntil(() -> totals.getText().startsWith("Paid —"));
        @SuppressWarnings("unchecked")
        ListView<Deal> deals = robot.lookup("#dealList").queryAs(ListView.class);
        TableView<Influencer> contacts = window.table();
        Influencer selected = contacts.getSelectionModel().getSelectedItem();

        robot.clickOn("#nav-payments");
        @SuppressWarnings("unchecked")
        TableView<Payment> payments = robot.lookup(".payments-screen .table-view").queryAs(TableView.class);
        waitUntil(() -> payments.getItems().size() == 1);
        robot.interact(() -> payments.getSelectionModel().select(0));
        robot.clickOn("#markPaidButton");
        waitUntil(() -> robot.lookup("#pickedDate").tryQuery().isPresent());
        robot.clickOn("OK");

        // Nothing was selected again or refreshed: the Deals tab, the dashboard and the campaign follow the payment.
        waitUntil(() -> totals.getText().startsWith("Paid " + fee));
        assertThat(deals.getItems()).singleElement()
                .satisfies(d -> assertThat(d.instalments()).allMatch(Instalment::isPaid));
        waitUntil(() -> "Nothing".equals(dueThisMonth(tiles)));
        waitUntil(() -> fee.equals(paidFigure(figures)));

        robot.clickOn("#nav-contacts");
        assertThat(contacts.getSelectionModel().getSelectedItem().id()).isEqualTo(selected.id());
        assertThat(window.<TabPane>find("#tabs").getSelectionModel().getSelectedItem().getId()).isEqualTo("dealsTab");
        assertThat(window.<Label>find("#totalsLabel").getText()).startsWith("Paid " + fee);
    }

    @Test
    void ctrlNOnTheDealsTabStartsANewContactOnItsProfileAndKeepsWhatIsTyped() throws Exception {
        fill(workspace, session -> session.contacts().save(anInfluencer().named("Luna Bakes")
                .withAccount(Platform.INSTAGRAM, "luna.bakes", 48_200).build()));
        window.open(workspace);
        FxRobot robot = window.robot();
        waitUntil(() -> window.table().getItems().size() == 1);
        robot.clickOn("Luna Bakes");
        robot.clickOn("#dealsTab");
        TabPane tabs = window.find("#tabs");
        TextField name = window.find("#displayNameField");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write("Mira Glow");

        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("profileTab");
        assertThat(name.getText()).isEqualTo("Mira Glow");
        Node account = robot.lookup(".account-row").query();
        robot.clickOn(robot.from(account).lookup(".handle-field").queryAs(TextField.class)).write("@miraglow");

        // Half-typed and on the Deals tab again: Ctrl+N asks first, and saving keeps Mira.
        robot.clickOn("#dealsTab");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("Save your changes to Mira Glow?").tryQuery().isPresent());
        robot.clickOn(dialogButton(robot, "Save"));
        waitUntil(() -> window.table().getItems().size() == 2);
        waitUntil(() -> name.getText().isEmpty() && name.isFocused());
        robot.write("Nova");

        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("profileTab");
        assertThat(name.getText()).isEqualTo("Nova");
        assertThat(window.<Influencer>table().getItems()).extracting(Influencer::displayName)
                .contains("Luna Bakes", "Mira Glow");
    }

    @Test
    void doubleClickingACardOnTheBoardOpensItsContact() throws Exception {
        fill(workspace, session -> {
            session.contacts().save(anInfluencer().named("Luna Bakes")
                    .withAccount(Platform.INSTAGRAM, "luna.bakes", 48_200).build());
            session.contacts().save(anInfluencer().named("Mira Glow")
                    .withAccount(Platform.TIKTOK, "miraglow", 12_000).build());
        });
        window.open(workspace);
        FxRobot robot = window.robot();
        waitUntil(() -> window.table().getItems().size() == 2);
        robot.clickOn("#nav-pipeline");
        waitUntil(() -> robot.lookup(".card-name").queryAll().size() == 2);
        Node mira = robot.lookup(".card-name").queryAll().stream()
                .filter(n -> "Mira Glow".equals(((Label) n).getText())).findFirst().orElseThrow();

        robot.doubleClickOn(mira);

        waitUntil(() -> window.<ToggleButton>find("#nav-contacts").isSelected());
        waitUntil(() -> "Mira Glow".equals(window.<TextField>find("#displayNameField").getText()));
        assertThat(window.<Influencer>table().getSelectionModel().getSelectedItem().displayName())
                .isEqualTo("Mira Glow");
    }

    @Test
    void makeDealOnTheShortlistOffersTheCreatorsOpenDealAndOpensItOnTheDealsTab() throws Exception {
        long holidayId;
        try (Session session = Session.open(workspace, Clock.systemDefaultZone())) {
            Influencer luna = session.contacts().save(anInfluencer().named("Luna Bakes")
                    .withAccount(Platform.INSTAGRAM, "luna.bakes", 48_200).build());
            session.deals().save(new Deal(null, luna.id(), null, "Spring reel", DealStage.AGREED,
                    Money.of("150", "EUR"), null, null, null, List.of(), null, List.of(), null, null, null, null));
            Campaign holiday = session.campaigns().save(new Campaign(null, "Holiday gifts", null, null, null,
                    Money.of("1000", "EUR"), List.of(), Set.of(), null, List.of(), null, null));
            session.campaigns().addToShortlist(holiday.id(), List.of(luna.id()));
            holidayId = holiday.id();
        }
        window.open(workspace);
        FxRobot robot = window.robot();
        waitUntil(() -> window.table().getItems().size() == 1);
        robot.clickOn("#nav-campaigns");
        @SuppressWarnings("unchecked")
        TableView<ShortlistRow> shortlist = robot.lookup("#shortlistTable").queryAs(TableView.class);
        waitUntil(() -> shortlist.getItems().size() == 1);
        ScrollPane page = robot.lookup(".campaigns-screen .scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> {
            page.setVvalue(1);
            shortlist.getSelectionModel().select(0);
        });

        robot.clickOn("#promoteButton");
        waitUntil(() -> robot.lookup("#existingDealDialog").tryQuery().isPresent());
        assertThat(robot.lookup("Luna Bakes already has an open deal: Spring reel (Agreed). Open it, or make a new "
                + "deal anyway?").tryQuery()).isPresent();
        robot.clickOn(dialogButton(robot, "Open the deal"));

        waitUntil(() -> window.<ToggleButton>find("#nav-contacts").isSelected());
        TabPane tabs = window.find("#tabs");
        waitUntil(() -> "dealsTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        @SuppressWarnings("unchecked")
        ListView<Deal> deals = robot.lookup("#dealList").queryAs(ListView.class);
        waitUntil(() -> deals.getSelectionModel().getSelectedItem() != null);
        assertThat(deals.getItems()).hasSize(1);
        Deal spring = deals.getSelectionModel().getSelectedItem();
        assertThat(spring.title()).isEqualTo("Spring reel");
        assertThat(spring.campaignId()).isEqualTo(holidayId);
        assertThat(window.<Influencer>table().getSelectionModel().getSelectedItem().displayName())
                .isEqualTo("Luna Bakes");

        robot.clickOn("#nav-campaigns");
        waitUntil(() -> shortlist.getItems().size() == 1 && shortlist.getItems().get(0).deal() != null
                && shortlist.getItems().get(0).deal().id().equals(spring.id()));
    }

    /** A button of the dialog showing, found by its text (the window may show the same word elsewhere). */
    private static Node dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAll().stream()
                .filter(n -> text.equals(((Button) n).getText())).findFirst().orElseThrow();
    }

    /** The figure of the dashboard's "due this month" tile. */
    private static String dueThisMonth(FlowPane tiles) {
        Node tile = tiles.lookup("#tile-due");
        return tile == null ? null : ((Label) ((VBox) ((Button) tile).getGraphic()).getChildren().get(0)).getText();
    }

    /** The campaign's "Paid" figure. */
    private static String paidFigure(GridPane figures) {
        Node figure = figures.lookup("#figure-paid");
        return figure == null ? null : ((Label) figure).getText();
    }
}
