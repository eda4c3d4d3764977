package app.rapport.ui;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static app.rapport.ui.RapportWindow.fill;
import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Deal;
import app.rapport.domain.Money;
import app.rapport.domain.Payment;
import app.rapport.domain.Platform;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A deal agreed in the real window shows up, and gets paid, on the Payments screen. */
class DealJourneyTest {

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();

    @Test
    void aFeeInTwoInstalmentsWithAGiftIsHalfPaidAfterMarkingTheFirst() throws Exception {
        fill(workspace, session -> session.contacts().save(anInfluencer().named("Luna Bakes")
                .withAccount(Platform.INSTAGRAM, "luna.bakes", 48_200).build()));
        window.open(workspace);
        FxRobot robot = window.robot();
        waitUntil(() -> window.table().getItems().size() == 1);
        robot.clickOn("Luna Bakes");
        robot.clickOn("#dealsTab");
        robot.clickOn("#newDealButton");
        waitUntil(() -> robot.lookup("#feeField").tryQuery().isPresent());

        window.typeInto("#feeField", "150");
        robot.clickOn(robot.lookup("#giftCheck").queryAs(CheckBox.class));
        window.typeInto("#giftField", "Winter candle set");
        robot.clickOn("#splitTwoButton");
        waitUntil(() -> robot.lookup(".instalment-row").queryAll().size() == 2);
        robot.clickOn("#saveDealButton");

        @SuppressWarnings("unchecked")
        ListView<Deal> deals = robot.lookup("#dealList").queryAs(ListView.class);
        waitUntil(() -> deals.getItems().size() == 1);
        Deal deal = deals.getItems().get(0);
        assertThat(deal.fee()).isEqualTo(Money.of("150", "EUR"));
        assertThat(deal.gift().description()).isEqualTo("Winter candle set");
        assertThat(deal.instalments()).extracting(i -> i.amount().amount().toPlainString())
                .containsExactly("75.00", "75.00");

        robot.clickOn("#nav-payments");
        @SuppressWarnings("unchecked")
        TableView<Payment> table = robot.lookup(".payments-screen .table-view").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn("#markPaidButton");
        assertThat(window.<Button>find("#markPaidButton").isDisabled()).isTrue();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#markPaidButton");
        waitUntil(() -> robot.lookup("#pickedDate").tryQuery().isPresent());
        robot.clickOn("OK");

        String seventyFive = Money.of("75", "EUR").format(Locale.getDefault());
        waitUntil(() -> ("Paid " + seventyFive).equals(window.<Label>find("#paidTotal").getText()));
        assertThat(window.<Label>find("#outstandingTotal").getText()).isEqualTo("Outstanding " + seventyFive);
    }
}
