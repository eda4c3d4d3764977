package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The parts of a deal two edits can differ in (see {@link EditMerge}), and a deal merged from chosen parts. */
public final class DealMerge {

    /** The parts of a deal the user chooses between, in the editor's order. */
    public enum Part implements EditMerge.Part<Deal> {
        TITLE("merge.deal.TITLE", Deal::title),
        STAGE("merge.deal.STAGE", d -> d.stage().label()),
        FEE("merge.deal.FEE", d -> d.fee() == null ? "" : d.fee().plain()),
        GIFT("merge.deal.GIFT", d -> d.gift() == null ? "" : gift(d.gift())),
        AFFILIATE("merge.deal.AFFILIATE", d -> d.affiliate() == null ? "" : affiliate(d.affiliate())),
        OTHER("merge.deal.OTHER", d -> Text.orEmpty(d.otherCompensation())),
        DELIVERABLES("merge.deal.DELIVERABLES", d -> d.deliverables().stream().map(DealMerge::deliverable)
                .collect(Collectors.joining("\n"))),
        RIGHTS("merge.deal.RIGHTS", d -> rights(d.rights())),
        INSTALMENTS("merge.deal.INSTALMENTS", d -> d.instalments().stream().map(DealMerge::instalment)
                .collect(Collectors.joining("\n"))),
        NOTES("merge.deal.NOTES", d -> Text.orEmpty(d.notes()));

        private final EditMerge.Shown<Deal> shown;

        Part(String labelKey, Function<Deal, String> text) {
            this.shown = new EditMerge.Shown<>(labelKey, text);
        }

        @Override
        public EditMerge.Shown<Deal> shown() {
            return shown;
        }
    }

    private DealMerge() {
    }

    /** The parts in which {@code mine} and {@code theirs} differ. */
    public static List<EditMerge.Difference<Part>> differences(Deal base, Deal mine, Deal theirs) {
        return EditMerge.differences(List.of(Part.values()), base, mine, theirs);
    }

    /**
     * The user's deal with the chosen parts taken from theirs, at their version, so saving it is a save made after
     * seeing their change. What the editor does not edit (campaign, stage history) is always theirs.
     */
    public static Deal merge(Deal mine, Deal theirs, Set<Part> fromTheirs) {
        Objects.requireNonNull(theirs, "theirs");
        Deal t = theirs;
        return new Deal(t.id(), t.contactId(), t.campaignId(),
                (fromTheirs.contains(Part.TITLE) ? t : mine).title(),
                (fromTheirs.contains(Part.STAGE) ? t : mine).stage(),
                (fromTheirs.contains(Part.FEE) ? t : mine).fee(),
                (fromTheirs.contains(Part.GIFT) ? t : mine).gift(),
                (fromTheirs.contains(Part.AFFILIATE) ? t : mine).affiliate(),
                (fromTheirs.contains(Part.OTHER) ? t : mine).otherCompensation(),
                (fromTheirs.contains(Part.DELIVERABLES) ? t : mine).deliverables(),
                (fromTheirs.contains(Part.RIGHTS) ? t : mine).rights(),
                (fromTheirs.contains(Part.INSTALMENTS) ? t : mine).instalments(),
                (fromTheirs.contains(Part.NOTES) ? t : mine).notes(),
                t.stageReached(), t.createdAt(), t.updatedAt(), t.version());
    }

    private static String gift(Gift g) {
        return joined(g.description(), g.retailValue() == null ? null : g.retailValue().plain(),
                g.shipping().toString(), g.carrier(), g.trackingNumber(), g.shippingAddress());
    }

    private static String affiliate(Affiliate a) {
        return joined(a.commissionPercent() == null ? null : a.commissionPercent().toPlainString() + " %",
                a.discountCode(),
                a.expiresOn() == null ? null : DomainTexts.text("merge.value.codeEnds", a.expiresOn()));
    }

    private static String rights(Rights r) {
        String usage = r.usageFrom() == null && r.usageTo() == null ? null
                : DomainTexts.text("merge.value.usage", Objects.toString(r.usageFrom(), "…"),
                        Objects.toString(r.usageTo(), "…"));
        return joined(r.usageChannels(), usage, exclusivity(r),
                r.whitelisting() ? DomainTexts.text("merge.value.whitelisting") : null);
    }

    private static String exclusivity(Rights r) {
        if (r.exclusivityDays() == null) {
            return r.exclusivityCategory() == null ? null
                    : DomainTexts.text("merge.value.exclusive", r.exclusivityCategory());
        }
        return r.exclusivityCategory() == null ? DomainTexts.text("merge.value.exclusiveDays", r.exclusivityDays())
                : DomainTexts.text("merge.value.exclusiveFor", r.exclusivityCategory(), r.exclusivityDays());
    }

    private static String deliverable(Deliverable d) {
        String what = d.platform() == null ? DomainTexts.text("merge.value.deliverable", d.quantity(), d.type())
                : DomainTexts.text("merge.value.deliverableOn", d.quantity(), d.type(), d.platform().label());
        return joined(what, d.dueOn() == null ? null : DomainTexts.text("merge.value.due", d.dueOn()),
                d.status().toString(), d.link(),
                d.publishedOn() == null ? null : DomainTexts.text("merge.value.live", d.publishedOn()));
    }

    private static String instalment(Instalment i) {
        return joined(i.amount().plain(), i.dueOn() != null ? DomainTexts.text("merge.value.due", i.dueOn())
                        : i.dueRule() == null ? null : i.dueRule().toString(), i.method(), i.invoiceRef(),
                i.paidOn() == null ? DomainTexts.text("merge.value.notPaid")
                        : DomainTexts.text("merge.value.paid", i.paidOn()));
    }

    private static String joined(String... bits) {
        return Arrays.stream(bits).filter(b -> b != null && !b.isBlank()).map(String::strip)
                .collect(Collectors.joining(" · "));
    }
}
