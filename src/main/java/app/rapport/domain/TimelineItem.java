package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A dated thing in a campaign: content due or published, a payment due, rights ending. */
public record TimelineItem(LocalDate day, Kind kind, String label, long dealId, long contactId, boolean overdue) {

    /** What happens on the day. */
    public enum Kind {
        CONTENT_DUE, PUBLISHED, PAYMENT_DUE, RIGHTS_END;

        /** What happens on the day, in the user's language. */
        public String label() {
            return DomainTexts.text("timeline.kind." + name());
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** Every dated item of the campaign's deals, in day order; unfinished items in the past are overdue. */
    public static List<TimelineItem> of(List<Deal> deals, Map<Long, String> contactNames, LocalDate today) {
        List<TimelineItem> items = new ArrayList<>();
        for (Deal deal : deals) {
            if (deal.stage() == DealStage.CANCELLED) {
                continue;
            }
            String who = contactNames.getOrDefault(deal.contactId(), "");
            for (Deliverable d : deal.deliverables()) {
                boolean published = d.status() == Deliverable.Status.PUBLISHED;
                if (d.dueOn() != null) {
                    items.add(new TimelineItem(d.dueOn(), Kind.CONTENT_DUE,
                            DomainTexts.text("timeline.contentDue", who, d.quantity(), d.type()), deal.id(),
                            deal.contactId(), !published && d.dueOn().isBefore(today)));
                }
                if (d.publishedOn() != null) {
                    items.add(new TimelineItem(d.publishedOn(), Kind.PUBLISHED,
                            DomainTexts.text("timeline.published", who, d.type()), deal.id(), deal.contactId(), false));
                }
            }
            for (Instalment i : deal.instalments()) {
                i.dueDate(deal.stageReached()).ifPresent(due -> items.add(new TimelineItem(due, Kind.PAYMENT_DUE,
                        DomainTexts.text(i.isPaid() ? "timeline.paid" : "timeline.paymentDue", who, i.amount().plain()),
                        deal.id(), deal.contactId(),
                        !i.isPaid() && due.isBefore(today))));
            }
            if (deal.rights().usageTo() != null) {
                items.add(new TimelineItem(deal.rights().usageTo(), Kind.RIGHTS_END,
                        DomainTexts.text("timeline.rightsEnd", who), deal.id(), deal.contactId(), false));
            }
        }
        items.sort(Comparator.comparing(TimelineItem::day).thenComparing(TimelineItem::kind));
        return items;
    }
}
