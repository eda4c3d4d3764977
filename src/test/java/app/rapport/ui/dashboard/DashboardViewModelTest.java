package app.rapport.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.dashboard.Dashboard;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.StatusLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardViewModelTest {

    @TempDir
    Path folder;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> searches = new ArrayList<>();
    @AutoClose
    private Session session;
    private DashboardViewModel dashboard;

    @BeforeEach
    void open() {
        session = Session.open(folder.resolve("ws"), new MutableClock(Instant.parse("2026-11-27T09:00:00Z")));
        dashboard = new DashboardViewModel(session.dashboard(), session.changes(), new Background(Runnable::run, Runnable::run), dialogs,
                new StatusLine(), Locale.UK);
        dashboard.setSearchOpener(searches::add);
    }

    @Test
    void anEmptyWorkspaceShowsTheEmptyStateUntilContactsArrive() {
        dashboard.refresh();
        assertThat(dashboard.emptyProperty().get()).isTrue();

        session.contacts().loadSample();
        dashboard.periodProperty().set(Dashboard.Period.ALL);

        assertThat(dashboard.emptyProperty().get()).isFalse();
        assertThat(dashboard.dashboardProperty().get().funnel().period()).isEqualTo(Dashboard.Period.ALL);
    }

    @Test
    void theFiguresCountTheContactsTheAppHoldsOnceTheyAreLoaded() {
        session.contacts().loadSample();
        ObservableList<Influencer> shown =
                FXCollections.observableArrayList();
        BooleanProperty loaded = new SimpleBooleanProperty(false);
        dashboard.useContacts(shown, loaded);

        dashboard.refresh();
        assertThat(dashboard.dashboardProperty().get()).as("nothing until the contacts are loaded").isNull();

        // The app's list, not a second read of the workspace: two of the sample's contacts.
        shown.setAll(session.contacts().listContacts().subList(0, 2));
        loaded.set(true);
        assertThat(dashboard.dashboardProperty().get().contacts()).isEqualTo(2);
    }

    @Test
    void theChartsTablesHoldTheSameFiguresAsTheCharts() {
        session.contacts().loadSample();
        dashboard.periodProperty().set(Dashboard.Period.ALL);

        Dashboard figures = dashboard.dashboardProperty().get();
        assertThat(dashboard.statusRows()).extracting(DashboardViewModel.StatusRow::status)
                .containsExactly(OutreachStatus.values());
        for (DashboardViewModel.StatusRow row : dashboard.statusRows()) {
            assertThat(row.contacts()).as(row.status().name())
                    .isEqualTo(figures.statusCounts().getOrDefault(row.status(), 0));
        }
        assertThat(dashboard.statusRows()).extracting(DashboardViewModel.StatusRow::contacts)
                .anyMatch(count -> count > 0);
        assertThat(dashboard.monthRows()).extracting(DashboardViewModel.MonthRow::paid)
                .containsExactlyElementsOf(figures.spend().stream().map(Dashboard.MonthSpend::paid).toList());
        assertThat(dashboard.monthRows()).extracting(DashboardViewModel.MonthRow::budget)
                .containsExactlyElementsOf(figures.spend().stream().map(Dashboard.MonthSpend::budget).toList());
    }

    @Test
    void everyFigureOpensTheMatchingSearch() {
        dashboard.openStatus(OutreachStatus.NOT_A_FIT);
        dashboard.openOverdue();
        dashboard.openDueToday();
        dashboard.openStale();
        dashboard.openNiche("slow living");

        assertThat(searches).containsExactly("status:not_a_fit", "followup:overdue", "followup:today", "stale:yes",
                "tag:\"slow living\" status:partner");
        session.contacts().loadSample();
        for (String query : searches) {
            session.search().find(query);
        }
    }

    @Test
    void aChartIsSavedWhereTheUserChose() throws Exception {
        Path file = folder.resolve("funnel.png");
        dialogs.willAnswer(file);

        dashboard.saveChart("outreach-funnel", () -> new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        assertThat(Files.readAllBytes(file)).containsExactly((byte) 0x89, 'P', 'N', 'G');
    }

    @Test
    void theFunnelReadsAsASentence() {
        assertThat(DashboardViewModel.funnelText(new Dashboard.Funnel(Dashboard.Period.DAYS_90, 40, 18, 6)))
                .isEqualTo("Of 40 contacted in the last 90 days, 18 replied (45 %) and 6 became partners (15 %).");
        assertThat(DashboardViewModel.funnelText(new Dashboard.Funnel(Dashboard.Period.ALL, 0, 0, 0)))
                .isEqualTo("Nobody was contacted so far.");
    }
}
