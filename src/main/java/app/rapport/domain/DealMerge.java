package app.rapport.domain;

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
        TITLE("Title", Deal::title),
        STAGE("Stage", d -> d.stage().label()),
        FEE("Fee", d -> d.fee() == null ? "" : d.fee().plain()),
        GIFT("Gift", d -> d.gift() == null ? "" : gift(d.gift())),
        AFFILIATE("Commission and code", d -> d.affiliate() == null ? "" : affiliate(d.affiliate())),
        OTHER("Other compensation", d -> Text.orEmpty(d.otherCompensation())),
        DELIVERABLES("Deliverables", d -> d.deliverables().stream().map(DealMerge::deliverable)
                .collect(Collectors.joining("\n"))),
        RIGHTS("Usage rights and exclusivity", d -> rights(d.rights())),
        INSTALMENTS("Payments", d -> d.instalments().stream().map(DealMerge::instalment)
                .collect(Collectors.joining("\n"))),
        NOTES("Notes", d -> Text.orEmpty(d.notes()));

        private final EditMerge.Shown<Deal> shown;

        Part(String label, Function<Deal, String> text) {
            this.shown = new EditMerge.Shown<>(label, text);
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
                a.discountCode(), a.expiresOn() == null ? null : "code ends " + a.expiresOn());
    }

    private static String rights(Rights r) {
        String usage = r.usageFrom() == null && r.usageTo() == null ? null
                : "usage " + Objects.toString(r.usageFrom(), "…") + " to " + Objects.toString(r.usageTo(), "…");
        return joined(r.usageChannels(), usage,
                r.exclusivityCategory() == null && r.exclusivityDays() == null ? null : "exclusive "
                        + Text.orEmpty(r.exclusivityCategory()) + (r.exclusivityDays() == null ? ""
                        : " for " + r.exclusivityDays() + " days"), r.whitelisting() ? "whitelisting" : null);
    }

    private static String deliverable(Deliverable d) {
        return joined(d.quantity() + " × " + d.type() + (d.platform() == null ? "" : " on " + d.platform().label()),
                d.dueOn() == null ? null : "due " + d.dueOn(), d.status().toString(), d.link(),
                d.publishedOn() == null ? null : "live " + d.publishedOn());
    }

    private static String instalment(Instalment i) {
        return joined(i.amount().plain(), i.dueOn() != null ? "due " + i.dueOn()
                        : i.dueRule() == null ? null : i.dueRule().toString(), i.method(), i.invoiceRef(),
                i.paidOn() == null ? "not paid" : "paid " + i.paidOn());
    }

    private static String joined(String... bits) {
        return Arrays.stream(bits).filter(b -> b != null && !b.isBlank()).map(String::strip)
                .collect(Collectors.joining(" · "));
    }
}
