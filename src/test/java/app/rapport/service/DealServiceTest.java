package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Affiliate;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.DealSummary;
import app.rapport.domain.Deliverable;
import app.rapport.domain.Gift;
import app.rapport.domain.Influencer;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.domain.Payment;
import app.rapport.domain.Platform;
import app.rapport.domain.Rights;
import app.rapport.domain.RuleViolation;
import app.rapport.testing.Backend;
import app.rapport.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class DealServiceTest {

    @Parameter
    Backend backend;

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(T0);
    @AutoClose
    private Session session;
    private DealService deals;
    private Influencer luna;

    @BeforeEach
    void open() {
        session = backend.open(folder, clock);
        deals = session.deals();
        luna = session.contacts().save(anInfluencer().named("Luna Bakes")
                .withAccount(Platform.INSTAGRAM, "luna.bakes", 48_200).build());
    }

    private Deal winterReel() {
        return new Deal(null, luna.id(), null, "Winter candle reel", DealStage.AGREED, Money.of("150", "EUR"),
                new Gift("Winter candle set", Money.of("64", "EUR"), Gift.Shipping.SHIPPED, "DHL", "JD0123",
                        "Calle Mayor 1, Valencia"),
                new Affiliate(new BigDecimal("10"), "LUNA10", LocalDate.of(2027, 1, 31)), "Launch event invitation",
                List.of(new Deliverable(null, Deliverable.Type.REEL, Platform.INSTAGRAM, 1, LocalDate.of(2026, 12, 5),
                        Deliverable.Status.PLANNED, null, null)),
                new Rights("website, newsletter", TODAY, TODAY.plusMonths(6), "home fragrance", 30, true),
                List.of(new Instalment(null, Money.of("75", "EUR"), TODAY.minusDays(1), null, "bank transfer",
                                "INV-1", null),
                        new Instalment(null, Money.of("75", "EUR"), null,
                                new Instalment.DueRule(30, DealStage.CONTENT_LIVE), "bank transfer", "INV-2", null)),
                "Loves the vanilla scent", null, null, null);
    }

    @Test
    void aDealComesBackWithEverythingAgreed() {
        Deal saved = deals.save(winterReel());

        assertThat(deals.dealsOf(luna.id())).singleElement().satisfies(read -> {
            assertThat(read).isEqualTo(saved);
            assertThat(read.fee()).isEqualTo(Money.of("150", "EUR"));
            assertThat(read.gift().trackingNumber()).isEqualTo("JD0123");
            assertThat(read.affiliate().commissionPercent()).isEqualByComparingTo("10");
            assertThat(read.rights().exclusivityDays()).isEqualTo(30);
            assertThat(read.instalments()).hasSize(2);
            assertThat(read.stageReached()).containsKey(DealStage.AGREED);
        });
    }

    @Test
    void stagesAreDatedAndDriveNetDays() {
        Deal saved = deals.save(winterReel());
        clock.advance(Duration.ofDays(3));

        Deal live = deals.moveTo(saved, DealStage.CONTENT_LIVE);

        assertThat(live.stageReached()).containsEntry(DealStage.CONTENT_LIVE, TODAY.plusDays(3));
        Instalment net30 = live.instalments().get(1);
        assertThat(net30.dueDate(live.stageReached())).hasValue(TODAY.plusDays(33));
    }

    @Test
    void markingPaidMovesTheMoneyFromOutstandingToPaid() {
        Deal saved = deals.save(winterReel());
        clock.advance(Duration.ofHours(2));

        Deal paid = deals.markPaid(saved.id(), saved.instalments().get(0).id(), TODAY);

        // Stamped, so other people's screens learn of the payment by the deal's change mark.
        assertThat(paid.updatedAt()).isEqualTo(clock.instant());

        assertThat(paid.paid().toString()).isEqualTo("75.00 EUR");
        assertThat(paid.outstanding().toString()).isEqualTo("75.00 EUR");
        assertThat(paid.gifted().toString()).isEqualTo("64.00 EUR");
        assertThatThrownBy(() -> deals.markPaid(saved.id(), saved.instalments().get(1).id(), TODAY.plusDays(1)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void paymentsListEveryInstalmentWithWhereItStands() {
        deals.save(winterReel());

        List<Payment> payments = deals.payments();

        assertThat(payments).extracting(Payment::state).containsExactly(Payment.State.OVERDUE, Payment.State.LATER);
        assertThat(payments.get(0).contactName()).isEqualTo("Luna Bakes");
        assertThat(payments.get(1).due()).isNull();
    }

    @Test
    void aDealNeedsATitle() {
        Deal untitled = new Deal(null, luna.id(), null, " ", null, null, null, null, null, null, null, null, null,
                null, null, null);
        assertThatThrownBy(() -> deals.save(untitled)).hasMessageStartingWith("Give the deal a title");
    }

    @Test
    void theSummaryReadsAsAgreedTerms() {
        Deal saved = deals.save(winterReel());

        String text = DealSummary.of(saved, "Luna Bakes", Locale.UK);

        assertThat(text).startsWith("Winter candle reel — Luna Bakes\nStage: Agreed\n")
                .contains("- Fee: €150.00", "- Gifted product: Winter candle set (retail value €64.00)",
                        "- Affiliate: 10 % commission, code LUNA10, valid until 31 Jan 2027",
                        "- 1 × Reel / short on Instagram, due 5 Dec 2026",
                        "- Exclusivity: home fragrance for 30 days",
                        "- €75.00, Net 30 after content live, by bank transfer");
    }

    @Test
    void deletingAContactDeletesItsDeals() {
        deals.save(winterReel());
        session.contacts().delete(luna.id());
        assertThat(deals.payments()).isEmpty();
    }
}
