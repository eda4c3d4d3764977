package app.rapport.exchange;

import app.rapport.domain.Campaign;
import app.rapport.domain.TimelineItem;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/** A campaign's dated items as an iCalendar file: one all-day event per item, for any calendar app. */
public final class CampaignCalendar {

    private CampaignCalendar() {
    }

    /** Writes the items as all-day events on their calendar days. */
    public static void write(Campaign campaign, List<TimelineItem> items, Writer out) throws IOException {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Rapport//Campaign calendar//EN");
        calendar.setName(campaign.name());
        int n = 0;
        for (TimelineItem item : items) {
            VEvent event = new VEvent();
            event.setSummary(item.kind() + " — " + item.label());
            // All-day events are calendar days: no time zone, so no VTIMEZONE lookup and no shift across zones.
            Date midnight = Date.from(item.day().atStartOfDay(ZoneId.systemDefault()).toInstant());
            DateTimeComponents day = new DateTimeComponents(item.day().getYear(), item.day().getMonthValue(),
                    item.day().getDayOfMonth());
            event.setDateStart(new DateStart(new ICalDate(midnight, day, false)));
            event.setUid("rapport-campaign-" + campaign.id() + "-deal-" + item.dealId() + "-" + item.kind().name()
                    + "-" + item.day() + "-" + (n++));
            event.setDescription(campaign.name());
            event.addCategories(item.kind().toString());
            calendar.addEvent(event);
        }
        Biweekly.write(calendar).go(out);
    }
}
