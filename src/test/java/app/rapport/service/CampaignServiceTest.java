package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Campaign;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Deliverable;
import app.rapport.domain.Influencer;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.Platform;
import app.rapport.domain.ShortlistEntry;
import app.rapport.testing.Backend;
import app.rapport.testing.MutableClock;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class CampaignServiceTest {

    @Parameter
    Backend backend;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    @AutoClose
    private Session session;
    private CampaignService campaigns;
    private Influencer luna;
    private Influencer wick;

    @BeforeEach
    void open() {
        session = backend.open(folder.resolve("ws"), clock);
        campaigns = session.campaigns();
        luna = session.contacts().save(anInfluencer().named("Luna").withAccount(Platform.INSTAGRAM, "luna", 40_000)
                .build());
        wick = session.contacts().save(anInfluencer().named("Wick").withAccount(Platform.INSTAGRAM, "wick", 20_000)
                .build());
    }

    private Campaign holiday() {
        return campaigns.save(new Campaign(null, "Holiday gift guide", "Ten creators in home & candles",
                TODAY, TODAY.plusMonths(1), Money.of("2000", "EUR"), List.of("home & candles"),
                Set.of(Platform.INSTAGRAM), null, List.of(), null, null));
    }

    @Test
    void aShortlistKeepsOrderPlansAndBackups() {
        Campaign c = holiday();

        int added = campaigns.addToShortlist(c.id(), List.of(luna.id(), wick.id(), luna.id()));
        List<ShortlistEntry> list = campaigns.overview(c.id(), Locale.UK).shortlist();
        campaigns.updateEntry(list.get(1).withPlan(Money.of("400", "EUR"), "Candle trio", Money.of("60", "EUR"))
                .withBackup(true));
        campaigns.reorder(List.of(list.get(1), list.get(0)));

        assertThat(added).isEqualTo(2);
        CampaignService.Overview overview = campaigns.overview(c.id(), Locale.UK);
        assertThat(overview.shortlist()).extracting(ShortlistEntry::contactId).containsExactly(wick.id(), luna.id());
        assertThat(overview.shortlist().get(0).backup()).isTrue();
        assertThat(overview.budget().planned()).as("backups are not planned").isEqualTo(Money.of("0", "EUR"));
        assertThat(campaigns.campaignsOf(wick.id())).extracting(Campaign::name).containsExactly("Holiday gift guide");
    }

    @Test
    void promotingAShortlistedCreatorMakesAProposedDealWithThePlansFigures() {
        Campaign c = holiday();
        campaigns.addToShortlist(c.id(), List.of(luna.id()));
        ShortlistEntry entry = campaigns.updateEntry(campaigns.overview(c.id(), Locale.UK).shortlist().get(0)
                .withPlan(Money.of("300", "EUR"), "Winter candle set", Money.of("64", "EUR")));

        Deal deal = campaigns.promote(entry);

        assertThat(deal.campaignId()).isEqualTo(c.id());
        assertThat(deal.stage()).isEqualTo(DealStage.PROPOSED);
        assertThat(deal.fee()).isEqualTo(Money.of("300", "EUR"));
        assertThat(deal.gift().description()).isEqualTo("Winter candle set");
        assertThat(deal.gift().retailValue()).isEqualTo(Money.of("64", "EUR"));
        assertThat(campaigns.overview(c.id(), Locale.UK).shortlist().get(0).dealId()).isEqualTo(deal.id());
    }

    @Test
    void duplicatingKeepsBriefTargetsAndBudgetAndOptionallyTheShortlist() {
        Campaign c = holiday();
        campaigns.addToShortlist(c.id(), List.of(luna.id()));

        Campaign bare = campaigns.duplicate(c.id(), false);
        Campaign full = campaigns.duplicate(c.id(), true);

        assertThat(bare.name()).isEqualTo("Copy of Holiday gift guide");
        assertThat(bare.brief()).isEqualTo(c.brief());
        assertThat(bare.budget()).isEqualTo(c.budget());
        assertThat(bare.targetPlatforms()).containsExactly(Platform.INSTAGRAM);
        assertThat(campaigns.overview(bare.id(), Locale.UK).shortlist()).isEmpty();
        assertThat(campaigns.overview(full.id(), Locale.UK).shortlist()).hasSize(1);
    }

    @Test
    void theCalendarExportHasEveryDueDateOnItsDayInTheUsersZone() throws Exception {
        Campaign c = holiday();
        session.deals().save(new Deal(null, luna.id(), c.id(), "Winter reel", DealStage.AGREED,
                Money.of("150", "EUR"), null, null, null,
                List.of(new Deliverable(null, Deliverable.Type.REEL, Platform.INSTAGRAM, 1, TODAY.plusDays(5),
                        Deliverable.Status.PLANNED, null, null)),
                null, List.of(new Instalment(null, Money.of("75", "EUR"), TODAY.plusDays(10), null, null, null, null),
                        new Instalment(null, Money.of("75", "EUR"), TODAY.minusDays(1), null, null, null, null)),
                null, null, null, null));
        Path file = folder.resolve("holiday.ics");

        int events = campaigns.exportCalendar(c.id(), file);

        ICalendar calendar = Biweekly.parse(Files.readString(file)).first();
        List<LocalDate> days = calendar.getEvents().stream().map(VEvent::getDateStart)
                .map(start -> start.getValue().getRawComponents())
                .map(d -> LocalDate.of(d.getYear(), d.getMonth(), d.getDate()))
                .sorted().toList();
        assertThat(events).isEqualTo(3);
        assertThat(days).containsExactly(TODAY.minusDays(1), TODAY.plusDays(5), TODAY.plusDays(10));
        assertThat(calendar.getEvents()).allSatisfy(e -> assertThat(e.getDateStart().getValue().hasTime()).isFalse());
        assertThat(calendar.getEvents().get(0).getSummary().getValue()).contains("Luna");
        assertThat(Files.readString(file)).contains("DTSTART;VALUE=DATE:" + TODAY.plusDays(5).toString().replace("-", ""))
                .doesNotContain("VTIMEZONE");
    }
}
