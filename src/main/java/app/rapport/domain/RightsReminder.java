package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Usage rights or exclusivity of a deal that end soon, for the Today list. */
public record RightsReminder(long contactId, String contactName, String dealTitle, Kind kind, LocalDate endsOn) {

    /** Which promise ends. */
    public enum Kind { USAGE, EXCLUSIVITY }

    /** How many days ahead the Today list warns. */
    public static final int WITHIN_DAYS = 14;

    /** "Usage rights for Luna Bakes (Winter candle reel) end on 7 Dec 2026". */
    public String text(String formattedDay) {
        return DomainTexts.text(kind == Kind.USAGE ? "rights.usageEnds" : "rights.exclusivityEnds", contactName,
                dealTitle, formattedDay);
    }

    /** The reminders of one deal: ends from today up to {@link #WITHIN_DAYS} days ahead. */
    public static List<RightsReminder> of(Deal deal, String contactName, LocalDate today) {
        List<RightsReminder> reminders = new ArrayList<>();
        if (deal.stage() == DealStage.CANCELLED) {
            return reminders;
        }
        LocalDate last = today.plusDays(WITHIN_DAYS);
        LocalDate usageEnd = deal.rights().usageTo();
        if (usageEnd != null && !usageEnd.isBefore(today) && !usageEnd.isAfter(last)) {
            reminders.add(new RightsReminder(deal.contactId(), contactName, deal.title(), Kind.USAGE, usageEnd));
        }
        deal.rights().exclusivityEnd(deal.stageReached().get(DealStage.CONTENT_LIVE))
                .filter(end -> !end.isBefore(today) && !end.isAfter(last))
                .ifPresent(end -> reminders.add(new RightsReminder(deal.contactId(), contactName, deal.title(),
                        Kind.EXCLUSIVITY, end)));
        return reminders;
    }
}
