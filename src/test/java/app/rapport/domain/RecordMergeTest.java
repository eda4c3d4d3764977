package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.EditMerge.Difference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deals, campaigns and templates compared and merged part by part (contacts: {@link ContactMergeTest}). */
class RecordMergeTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    private static Deal deal(String title, DealStage stage, String fee, String notes, LocalDate paidOn, long version) {
        return new Deal(5L, 7L, 3L, title, stage, Money.of(fee, "EUR"), null, null, null, List.of(), Rights.NONE,
                List.of(new Instalment(11L, Money.of(fee, "EUR"), LocalDate.of(2026, 12, 1), null, null, null,
                        paidOn)), notes, null, T0, T0, version);
    }

    @Test
    void aDealListsThePartsThatDifferAndWhoChangedThem() {
        Deal base = deal("Winter reel", DealStage.AGREED, "150", null, null, 2);
        Deal mine = deal("Winter reel, two stories", DealStage.AGREED, "180", null, null, 2);
        Deal theirs = deal("Winter reel", DealStage.AGREED, "200", "Asked for a second draft", null, 3);

        List<Difference<DealMerge.Part>> differences = DealMerge.differences(base, mine, theirs);

        assertThat(differences).extracting(Difference::part).containsExactly(DealMerge.Part.TITLE,
                DealMerge.Part.FEE, DealMerge.Part.INSTALMENTS, DealMerge.Part.NOTES);
        assertThat(differences.get(1)).isEqualTo(new Difference<>(DealMerge.Part.FEE, "200.00 EUR", "180.00 EUR",
                true, true));
        assertThat(differences.get(2).theirs()).isEqualTo("200.00 EUR · due 2026-12-01 · not paid");
        assertThat(EditMerge.theirsUnlessChangedByMe(differences)).containsExactly(DealMerge.Part.NOTES);
    }

    @Test
    void aMergedDealTakesTheChosenPartsAndTheirVersionAndKeepsTheirPayment() {
        Deal mine = deal("Winter reel, two stories", DealStage.CONTENT_LIVE, "150", null, null, 2);
        Deal theirs = deal("Winter reel", DealStage.AGREED, "150", "Paid early", LocalDate.of(2026, 11, 26), 3);

        Deal merged = DealMerge.merge(mine, theirs, EnumSet.of(DealMerge.Part.INSTALMENTS, DealMerge.Part.NOTES));

        assertThat(merged.title()).isEqualTo("Winter reel, two stories");
        assertThat(merged.stage()).isEqualTo(DealStage.CONTENT_LIVE);
        assertThat(merged.instalments().get(0).paidOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(merged.notes()).isEqualTo("Paid early");
        assertThat(merged.version()).isEqualTo(3);
        assertThat(DealMerge.merge(mine, theirs, EnumSet.allOf(DealMerge.Part.class))).isEqualTo(theirs);
    }

    private static Campaign campaign(String name, String budget, String brief, Set<Platform> platforms,
            long version) {
        return new Campaign(4L, name, brief, LocalDate.of(2026, 12, 1), null, Money.of(budget, "EUR"),
                List.of("candles"), platforms, Campaign.Status.PLANNING, List.of(), T0, T0, version);
    }

    @Test
    void aCampaignMergesPartByPart() {
        Campaign base = campaign("Holiday gifts", "1000", null, Set.of(Platform.INSTAGRAM), 1);
        Campaign mine = campaign("Holiday gift guide", "1000", null, Set.of(Platform.INSTAGRAM, Platform.TIKTOK), 1);
        Campaign theirs = campaign("Holiday gifts", "1200", "Candles for December", Set.of(Platform.INSTAGRAM), 2);

        List<Difference<CampaignMerge.Part>> differences = CampaignMerge.differences(base, mine, theirs);
        assertThat(differences).extracting(Difference::part).containsExactly(CampaignMerge.Part.NAME,
                CampaignMerge.Part.BUDGET, CampaignMerge.Part.PLATFORMS, CampaignMerge.Part.BRIEF);
        assertThat(differences.get(2).mine()).isEqualTo("Instagram, TikTok");

        Campaign kept = CampaignMerge.merge(mine, theirs, EditMerge.theirsUnlessChangedByMe(differences));
        assertThat(kept.name()).isEqualTo("Holiday gift guide");
        assertThat(kept.budget()).isEqualTo(Money.of("1200", "EUR"));
        assertThat(kept.brief()).isEqualTo("Candles for December");
        assertThat(kept.targetPlatforms()).containsExactlyInAnyOrder(Platform.INSTAGRAM, Platform.TIKTOK);
        assertThat(kept.version()).isEqualTo(2);
    }

    @Test
    void aTemplateMergesPartByPart() {
        MessageTemplate base = new MessageTemplate(9L, "Hello", "", "Hi {first_name}", 1);
        MessageTemplate mine = new MessageTemplate(9L, "Hello", "", "Hi {first_name}, a gift for you", 1);
        MessageTemplate theirs = new MessageTemplate(9L, "First hello", "From Lumen", "Hi {first_name}", 2);

        List<Difference<TemplateMerge.Part>> differences = TemplateMerge.differences(base, mine, theirs);

        assertThat(differences).extracting(Difference::part).containsExactly(TemplateMerge.Part.NAME,
                TemplateMerge.Part.SUBJECT, TemplateMerge.Part.BODY);
        assertThat(TemplateMerge.merge(mine, theirs, EditMerge.theirsUnlessChangedByMe(differences)))
                .isEqualTo(new MessageTemplate(9L, "First hello", "From Lumen", "Hi {first_name}, a gift for you", 2));
    }

    @Test
    void moneySplitsIntoSharesThatAddUpToIt() {
        assertThat(Money.of("100", "EUR").split(3)).containsExactly(Money.of("33.33", "EUR"),
                Money.of("33.33", "EUR"), Money.of("33.34", "EUR"));
        assertThat(Money.of("1000", "JPY").split(3)).extracting(m -> m.amount().toPlainString())
                .containsExactly("333", "333", "334");
    }
}
