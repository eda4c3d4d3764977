package app.rapport.ui;

import static app.rapport.ui.RapportWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.store.Database;
import app.rapport.store.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** 5,000 prospects in one column: the board builds cards only for what is on screen. */
class PipelineScaleTest {

    private static final int CONTACTS = 5_000;

    @TempDir
    Path workspace;
    @RegisterExtension
    final RapportWindow window = new RapportWindow();

    @Test
    void aColumnOfFiveThousandCardsIsVirtualised() throws Exception {
        Instant now = Instant.parse("2026-11-27T09:00:00Z");
        try (Database database = Database.open(Workspace.at(workspace))) {
            database.inTransaction(repos -> {
                for (int i = 0; i < CONTACTS; i++) {
                    SocialAccount account = SocialAccount.of(Platform.INSTAGRAM, "creator" + i)
                            .withFollowers(1000L + i).withTimestamps(now, now);
                    repos.contacts().insert(Influencer.named("Creator " + i).withAccounts(List.of(account))
                            .withTimestamps(now, now));
                }
                return null;
            });
        }
        window.open(workspace);
        waitUntil(() -> window.table().getItems().size() == CONTACTS);

        long start = System.nanoTime();
        window.robot().clickOn("#nav-pipeline");
        @SuppressWarnings("unchecked")
        ListView<Influencer> prospects = window.robot().lookup("#list-" + OutreachStatus.PROSPECT.name())
                .queryAs(ListView.class);
        waitUntil(() -> window.robot().lookup(".card").tryQuery().isPresent());
        System.out.printf("Board with %d prospects shown in %d ms%n", CONTACTS, (System.nanoTime() - start) / 1_000_000);

        assertThat(prospects.getItems()).hasSize(CONTACTS);
        assertThat(window.robot().lookup(".card").queryAll()).hasSizeLessThan(100);
        window.robot().interact(() -> prospects.scrollTo(CONTACTS - 1));
        String last = prospects.getItems().get(CONTACTS - 1).displayName();
        waitUntil(() -> window.robot().lookup(last).tryQuery().isPresent());
        assertThat(window.robot().lookup(".card").queryAll()).hasSizeLessThan(100);
    }
}
