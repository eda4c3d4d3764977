package app.rapport.ui;

import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Deal;
import app.rapport.domain.Influencer;
import app.rapport.domain.Instalment;
import app.rapport.domain.Interaction;
import app.rapport.domain.Money;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Payment;
import app.rapport.service.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The core journey with the keyboard alone, no click and no mouse: add a contact, log the message sent to them
 * (which moves them to Contacted), plan a follow-up, agree a deal and mark its first payment paid.
 */
class KeyboardJourneyTest {

    /** More Tab presses than any screen has controls: reaching a control takes fewer, or it cannot be reached. */
    private static final int MOST_TABS = 80;

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();
    private FxRobot robot;

    @Test
    void aContactIsAddedContactedFollowedUpAgreedAndPaidWithKeysAlone() throws Exception {
        window.open(workspace);
        robot = window.robot();

        // Ctrl+N starts a contact with the focus in its name; Tab walks on to the email and, past the notes, to
        // the first account's handle; Ctrl+S saves.
        keys(KeyCode.CONTROL, KeyCode.N);
        TextField name = window.find("#displayNameField");
        waitUntil(name::isFocused);
        type("Nova Keys");
        tabTo("#emailField");
        type("nova@keys.example");
        tabTo(".handle-field");
        type("@novakeys");
        keys(KeyCode.CONTROL, KeyCode.S);
        TableView<Influencer> table = window.table();
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).id() != null);

        // Ctrl+Page Down opens the Outreach tab; Enter in the summary logs the message and the offered move
        // to Contacted is taken with Enter.
        keys(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        waitUntil(() -> window.<Node>find("#moveButton").isFocused());
        tabTo("#summaryField");
        type("Sent the gifting offer");
        keys(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        keys(KeyCode.ENTER);
        waitUntil(() -> table.getItems().get(0).outreach().status() == OutreachStatus.CONTACTED);

        // Back up the form to the follow-up: a day typed as the user's language writes it, a reason, Save.
        LocalDate followUp = LocalDate.now().plusDays(3);
        tabBackTo("#followUpDate");
        type(window.<DatePicker>find("#followUpDate").getConverter().toString(followUp));
        tabTo("#followUpReason");
        type("Check the sample arrived");
        tabTo("#saveFollowUpButton");
        keys(KeyCode.SPACE);
        waitUntil(() -> followUp.equals(table.getItems().get(0).outreach().followUpOn()));

        // Ctrl+Page Down again: the Deals tab, its New deal button first. The editor saves with Ctrl+S.
        keys(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        waitUntil(() -> window.<Node>find("#newDealButton").isFocused());
        keys(KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#feeField").tryQuery().isPresent());
        tabTo("#feeField");
        type("150");
        tabTo("#splitTwoButton");
        keys(KeyCode.SPACE);
        waitUntil(() -> robot.lookup(".instalment-row").queryAll().size() == 2);
        keys(KeyCode.CONTROL, KeyCode.S);
        ListView<Deal> deals = window.find("#dealList");
        waitUntil(() -> deals.getItems().size() == 1);

        // Ctrl+6 opens Payments with the focus in it; Home picks the first row, Mark paid opens the day, Enter.
        keys(KeyCode.CONTROL, KeyCode.DIGIT6);
        TableView<Payment> payments = window.find(".payments-screen .table-view");
        waitUntil(() -> payments.getItems().size() == 2);
        tabTo(".payments-screen .table-view");
        keys(KeyCode.HOME);
        waitUntil(() -> payments.getSelectionModel().getSelectedIndex() == 0);
        tabBackTo("#markPaidButton");
        keys(KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#pickedDate").tryQuery().isPresent());
        keys(KeyCode.ENTER);
        String paid = Money.of("75", "EUR").format(Locale.getDefault());
        waitUntil(() -> window.<Label>find("#paidTotal").getText().contains(paid));

        window.close();
        try (Session session = Session.open(workspace, Clock.systemDefaultZone())) {
            List<Influencer> contacts = session.contacts().listContacts();
            assertThat(contacts).extracting(Influencer::displayName).containsExactly("Nova Keys");
            Influencer nova = contacts.get(0);
            assertThat(nova.email()).isEqualTo("nova@keys.example");
            assertThat(nova.outreach().status()).isEqualTo(OutreachStatus.CONTACTED);
            assertThat(nova.outreach().followUpOn()).isEqualTo(followUp);
            assertThat(nova.outreach().followUpReason()).isEqualTo("Check the sample arrived");
            assertThat(session.outreach().interactions(nova.id())).extracting(Interaction::summary)
                    .containsExactly("Sent the gifting offer");
            List<Deal> agreed = session.deals().dealsOf(nova.id());
            assertThat(agreed).hasSize(1);
            assertThat(agreed.get(0).fee()).isEqualTo(Money.of("150", "EUR"));
            assertThat(agreed.get(0).instalments()).extracting(Instalment::isPaid).containsExactly(true, false);
        }
    }

    /**
     * Types into the focused control of the window in front (the last focused one: a child window comes after its
     * owner): TestFX writes into the window it targets, not the one the keyboard is in.
     */
    private void type(String text) {
        List<Window> focused = Window.getWindows().stream().filter(Window::isFocused).toList();
        robot.targetWindow(focused.get(focused.size() - 1));
        robot.write(text);
    }

    private void keys(KeyCode... combination) {
        robot.push(combination);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses Tab until the control found by the query holds the focus, as a keyboard user gets there. */
    private void tabTo(String query) throws TimeoutException {
        walkTo(query, KeyCode.TAB);
    }

    /** Presses Shift+Tab until the control found by the query holds the focus. */
    private void tabBackTo(String query) throws TimeoutException {
        walkTo(query, KeyCode.SHIFT, KeyCode.TAB);
    }

    private void walkTo(String query, KeyCode... step) throws TimeoutException {
        Node target = window.find(query);
        for (int i = 0; i < MOST_TABS && !target.isFocused(); i++) {
            keys(step);
        }
        assertThat(target.isFocused()).as("the keyboard reaches " + query).isTrue();
    }
}
