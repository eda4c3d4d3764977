package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RightsReminderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Deal deal(DealStage stage, Rights rights, Map<DealStage, LocalDate> reached) {
        return new Deal(1L, 7, null, "Winter reel", stage, null, null, null, null, null, rights, null, null, reached,
                null, null);
    }

    @Test
    void usageRightsEndingWithinTwoWeeksAreListed() {
        Rights soon = new Rights("website", TODAY.minusMonths(6), TODAY.plusDays(14), null, null, false);
        Rights later = new Rights("website", TODAY.minusMonths(6), TODAY.plusDays(15), null, null, false);

        assertThat(RightsReminder.of(deal(DealStage.CONTENT_LIVE, soon, Map.of()), "Luna", TODAY))
                .singleElement().satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(RightsReminder.Kind.USAGE);
                    assertThat(r.text("11 Dec 2026")).isEqualTo("Usage rights for Luna (Winter reel) end on 11 Dec 2026");
                });
        assertThat(RightsReminder.of(deal(DealStage.CONTENT_LIVE, later, Map.of()), "Luna", TODAY)).isEmpty();
    }

    @Test
    void exclusivityCountsFromTheDayContentWentLive() {
        Rights exclusive = new Rights(null, null, null, "home fragrance", 30, false);

        assertThat(RightsReminder.of(deal(DealStage.CONTENT_LIVE, exclusive,
                Map.of(DealStage.CONTENT_LIVE, TODAY.minusDays(20))), "Luna", TODAY))
                .singleElement().satisfies(r -> assertThat(r.endsOn()).isEqualTo(TODAY.plusDays(10)));
        assertThat(RightsReminder.of(deal(DealStage.AGREED, exclusive, Map.of()), "Luna", TODAY)).isEmpty();
        assertThat(RightsReminder.of(deal(DealStage.CANCELLED, exclusive,
                Map.of(DealStage.CONTENT_LIVE, TODAY.minusDays(20))), "Luna", TODAY)).isEmpty();
    }
}
