package app.rapport.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The follow-ups to do, grouped as the Today list shows them: overdue, due today, due later this week.
 * Contacts who asked not to be contacted never appear.
 */
public record FollowUpAgenda(List<Influencer> overdue, List<Influencer> today, List<Influencer> thisWeek) {

    private static final Comparator<Influencer> BY_DAY_THEN_NAME = Comparator
            .comparing((Influencer c) -> c.outreach().followUpOn())
            .thenComparing(Influencer::displayName, String.CASE_INSENSITIVE_ORDER);

    /**
     * @param today          the user's date now
     * @param firstDayOfWeek the first day of the user's week (Monday in most of Europe, Sunday in the US)
     */
    public static FollowUpAgenda of(Collection<Influencer> contacts, LocalDate today, DayOfWeek firstDayOfWeek) {
        LocalDate lastDayOfWeek = today.with(TemporalAdjusters.nextOrSame(firstDayOfWeek.minus(1)));
        List<Influencer> planned = contacts.stream()
                .filter(c -> c.outreach().followUpOn() != null && !c.outreach().isDoNotContact())
                .sorted(BY_DAY_THEN_NAME)
                .toList();
        return new FollowUpAgenda(
                planned.stream().filter(c -> c.outreach().followUpOn().isBefore(today)).toList(),
                planned.stream().filter(c -> c.outreach().followUpOn().isEqual(today)).toList(),
                planned.stream().filter(c -> c.outreach().followUpOn().isAfter(today)
                        && !c.outreach().followUpOn().isAfter(lastDayOfWeek)).toList());
    }

    /** What the sidebar badge counts: overdue and due today. */
    public int dueCount() {
        return overdue.size() + today.size();
    }

    public boolean isEmpty() {
        return overdue.isEmpty() && today.isEmpty() && thisWeek.isEmpty();
    }
}
