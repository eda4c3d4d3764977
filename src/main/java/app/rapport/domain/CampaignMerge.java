package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parts of a campaign two edits can differ in (see {@link EditMerge}), and a campaign merged from chosen
 * parts.
 */
public final class CampaignMerge {

    /** The parts of a campaign the user chooses between, in the form's order. */
    public enum Part implements EditMerge.Part<Campaign> {
        NAME("merge.campaign.NAME", Campaign::name),
        STATUS("merge.campaign.STATUS", c -> c.status().toString()),
        DATES("merge.campaign.DATES", c -> c.startOn() == null && c.endOn() == null ? ""
                : DomainTexts.text("merge.value.dates", Objects.toString(c.startOn(), "…"),
                        Objects.toString(c.endOn(), "…"))),
        BUDGET("merge.campaign.BUDGET", c -> c.budget() == null ? "" : c.budget().plain()),
        NICHES("merge.campaign.NICHES", c -> String.join(", ", c.targetNiches())),
        PLATFORMS("merge.campaign.PLATFORMS", c -> c.targetPlatforms().stream().sorted().map(Platform::label)
                .collect(Collectors.joining(", "))),
        BRIEF("merge.campaign.BRIEF", c -> Text.orEmpty(c.brief())),
        RATES("merge.campaign.RATES", c -> c.rates().stream().map(r -> r.from().getCurrencyCode() + " "
                + r.rate().stripTrailingZeros().toPlainString()).collect(Collectors.joining("; ")));

        private final EditMerge.Shown<Campaign> shown;

        Part(String labelKey, Function<Campaign, String> text) {
            this.shown = new EditMerge.Shown<>(labelKey, text);
        }

        @Override
        public EditMerge.Shown<Campaign> shown() {
            return shown;
        }
    }

    private CampaignMerge() {
    }

    /** The parts in which {@code mine} and {@code theirs} differ. */
    public static List<EditMerge.Difference<Part>> differences(Campaign base, Campaign mine, Campaign theirs) {
        return EditMerge.differences(List.of(Part.values()), base, mine, theirs);
    }

    /** The user's campaign with the chosen parts taken from theirs, at their version. */
    public static Campaign merge(Campaign mine, Campaign theirs, Set<Part> fromTheirs) {
        Objects.requireNonNull(theirs, "theirs");
        Campaign t = theirs;
        Campaign dates = fromTheirs.contains(Part.DATES) ? t : mine;
        return new Campaign(t.id(),
                (fromTheirs.contains(Part.NAME) ? t : mine).name(),
                (fromTheirs.contains(Part.BRIEF) ? t : mine).brief(),
                dates.startOn(), dates.endOn(),
                (fromTheirs.contains(Part.BUDGET) ? t : mine).budget(),
                (fromTheirs.contains(Part.NICHES) ? t : mine).targetNiches(),
                (fromTheirs.contains(Part.PLATFORMS) ? t : mine).targetPlatforms(),
                (fromTheirs.contains(Part.STATUS) ? t : mine).status(),
                (fromTheirs.contains(Part.RATES) ? t : mine).rates(),
                t.createdAt(), t.updatedAt(), t.version());
    }
}
