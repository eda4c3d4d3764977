package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Campaign;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Influencer;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.dashboard.Dashboard;
import app.rapport.testing.Backend;
import app.rapport.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
class DashboardServiceTest {

    @Parameter
    Backend backend;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
    @AutoClose
    private Session session;

    @BeforeEach
    void open() {
        session = backend.open(folder, clock);
    }

    private Influencer contact(String name, String... tags) {
        return session.contacts().save(anInfluencer().named(name).withTags(tags)
                .withAccount(Platform.INSTAGRAM, name.toLowerCase().replace(' ', '.'), 10_000).build());
    }

    @Test
    void theFunnelCountsOnlyMovesInThePeriod() {
        Influencer old = contact("Old Partner", "candles");
        session.outreach().moveTo(old.id(), OutreachStatus.CONTACTED);
        session.outreach().moveTo(old.id(), OutreachStatus.PARTNER);
        clock.advance(Duration.ofDays(170));
        Influencer a = contact("Ana", "candles", "home");
        Influencer b = contact("Ben", "home");
        Influencer c = contact("Cleo", "food");
        contact("Dana", "food");
        session.outreach().moveTo(a.id(), OutreachStatus.CONTACTED);
        session.outreach().moveTo(b.id(), OutreachStatus.CONTACTED);
        session.outreach().moveTo(c.id(), OutreachStatus.CONTACTED);
        session.outreach().moveTo(a.id(), OutreachStatus.REPLIED);
        session.outreach().moveTo(b.id(), OutreachStatus.NEGOTIATING);
        session.outreach().moveTo(a.id(), OutreachStatus.PARTNER);

        Dashboard recent = session.dashboard().dashboard(Dashboard.Period.DAYS_30);
        Dashboard all = session.dashboard().dashboard(Dashboard.Period.ALL);

        assertThat(recent.funnel()).isEqualTo(new Dashboard.Funnel(Dashboard.Period.DAYS_30, 3, 2, 1));
        assertThat(recent.funnel().replyRate()).isEqualTo(67);
        assertThat(recent.funnel().partnerRate()).isEqualTo(33);
        assertThat(all.funnel().contacted()).isEqualTo(4);
        assertThat(all.funnel().partners()).isEqualTo(2);
        assertThat(recent.statusCounts()).containsEntry(OutreachStatus.PARTNER, 2)
                .containsEntry(OutreachStatus.PROSPECT, 1).containsEntry(OutreachStatus.CONTACTED, 1);
        assertThat(recent.topNiches()).containsExactly(new Dashboard.NicheCount("candles", 2),
                new Dashboard.NicheCount("home", 1));
        assertThat(recent.contacts()).isEqualTo(5);
    }

    @Test
    void followUpsStaleFiguresPaymentsAndBudgetsAreCounted() {
        clock.advance(Duration.between(Instant.parse("2026-06-01T09:00:00Z"), Instant.parse("2026-11-27T09:00:00Z")));
        Influencer a = contact("Ana");
        Influencer b = contact("Ben");
        session.contacts().save(anInfluencer().named("Stale Sam").build().withAccounts(List.of(
                SocialAccount.of(Platform.TIKTOK, "sam").withFollowers(5_000L)
                        .withCheckedOn(TODAY.minusDays(120)))));
        session.outreach().setFollowUp(a.id(), TODAY.minusDays(2), "nudge");
        session.outreach().setFollowUp(b.id(), TODAY, "call");
        Campaign holiday = session.campaigns().save(new Campaign(null, "Holiday", null, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31), Money.of("3000", "EUR"), List.of(), Set.of(), null, List.of(), null,
                null));
        session.deals().save(new Deal(null, a.id(), holiday.id(), "Reel", DealStage.AGREED, Money.of("500", "EUR"),
                null, null, null, List.of(), null, List.of(
                        new Instalment(null, Money.of("200", "EUR"), LocalDate.of(2026, 10, 5), null, null, null,
                                LocalDate.of(2026, 10, 6)),
                        new Instalment(null, Money.of("300", "EUR"), LocalDate.of(2026, 11, 30), null, null, null,
                                null),
                        new Instalment(null, Money.of("40", "USD"), LocalDate.of(2026, 11, 2), null, null, null,
                                LocalDate.of(2026, 11, 2))), null, null, null, null));

        Dashboard d = session.dashboard().dashboard(Dashboard.Period.DAYS_90);

        assertThat(d.followUpsOverdue()).isEqualTo(1);
        assertThat(d.followUpsToday()).isEqualTo(1);
        assertThat(d.staleContacts()).isEqualTo(1);
        assertThat(d.dueThisMonth().amounts()).containsExactly(Money.of("300", "EUR"));
        assertThat(d.spendCurrency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(d.spend()).hasSize(DashboardService.SPEND_MONTHS);
        assertThat(d.spend().get(5).month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(d.spend().get(4)).isEqualTo(new Dashboard.MonthSpend(YearMonth.of(2026, 10),
                Money.of("200", "EUR"), Money.of("1000", "EUR")));
        assertThat(d.spend().get(0).budget()).isEqualTo(Money.of("0", "EUR"));
        assertThat(d.paidElsewhere().amounts()).containsExactly(Money.of("40", "USD"));
    }
}
