package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpAgendaTest {

    private static Influencer due(String name, LocalDate day) {
        return Influencer.named(name).withOutreach(new Outreach(OutreachStatus.CONTACTED, null, day, "nudge"));
    }

    private static List<String> names(List<Influencer> contacts) {
        return contacts.stream().map(Influencer::displayName).toList();
    }

    // 2026-11-27 is a Friday.
    private final LocalDate friday = LocalDate.of(2026, 11, 27);

    @Test
    void followUpsAreGroupedIntoOverdueTodayAndThisWeek() {
        List<Influencer> contacts = List.of(due("Sunday", friday.plusDays(2)), due("Today", friday),
                due("Yesterday", friday.minusDays(1)), due("NextMonday", friday.plusDays(3)),
                Influencer.named("None"));

        FollowUpAgenda agenda = FollowUpAgenda.of(contacts, friday, DayOfWeek.MONDAY);

        assertThat(names(agenda.overdue())).containsExactly("Yesterday");
        assertThat(names(agenda.today())).containsExactly("Today");
        assertThat(names(agenda.thisWeek())).containsExactly("Sunday");
        assertThat(agenda.dueCount()).isEqualTo(2);
    }

    @Test
    void theWeekEndsWhereTheUsersWeekEnds() {
        List<Influencer> contacts = List.of(due("Sunday", friday.plusDays(2)), due("Saturday", friday.plusDays(1)));

        FollowUpAgenda usWeek = FollowUpAgenda.of(contacts, friday, DayOfWeek.SUNDAY);

        assertThat(names(usWeek.thisWeek())).containsExactly("Saturday");
    }

    @Test
    void onTheLastDayOfTheWeekNothingIsLaterThisWeek() {
        LocalDate sunday = friday.plusDays(2);
        FollowUpAgenda agenda = FollowUpAgenda.of(List.of(due("Monday", sunday.plusDays(1))), sunday, DayOfWeek.MONDAY);

        assertThat(agenda.isEmpty()).isTrue();
    }

    @Test
    void doNotContactNeverShowsUp() {
        Influencer dnc = Influencer.named("Bark").withOutreach(
                new Outreach(OutreachStatus.DO_NOT_CONTACT, null, friday, "old reminder"));

        assertThat(FollowUpAgenda.of(List.of(dnc), friday, DayOfWeek.MONDAY).isEmpty()).isTrue();
    }
}
