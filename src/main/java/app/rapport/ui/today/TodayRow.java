package app.rapport.ui.today;

import app.rapport.domain.Influencer;
import app.rapport.domain.RightsReminder;

/** A line of the Today list: a group heading, or a contact to follow up. */
public sealed interface TodayRow {

    /** "Overdue", "Today" or "This week", with how many follow it. */
    record Heading(String title, int count, boolean overdue) implements TodayRow {
    }

    /** Usage rights or exclusivity that end soon. */
    record Reminder(RightsReminder reminder) implements TodayRow {
    }

    /** A contact whose follow-up falls in the group above it. */
    record Entry(Influencer contact, boolean overdue) implements TodayRow {
    }
}
