package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.FollowUpAgenda;
import app.rapport.domain.Influencer;
import app.rapport.domain.Interaction;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.NoReplyRule;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.StatusChange;
import app.rapport.testing.Backend;
import app.rapport.testing.MutableClock;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class OutreachServiceTest {

    @Parameter
    Backend backend;

    // A Friday morning in UTC.
    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(T0);
    @AutoClose
    private Session session;
    private OutreachService outreach;

    @BeforeEach
    void open() {
        session = backend.open(folder, clock);
        outreach = session.outreach();
    }

    private Influencer contact(String name) {
        return session.contacts().save(anInfluencer().named(name)
                .withAccount(Platform.INSTAGRAM, name.toLowerCase().replace(' ', '.'), 1000).build());
    }

    private OutreachStatus statusOf(Influencer c) {
        return session.contacts().findContact(c.id()).orElseThrow().outreach().status();
    }

    private Interaction interaction(Influencer c, Interaction.Direction direction) {
        return new Interaction(null, c.id(), clock.instant(), Interaction.Channel.EMAIL, direction, "Message", null);
    }

    @Test
    void aNewContactStartsAsProspectWithItsFirstStatusRecorded() {
        Influencer luna = contact("Luna");

        assertThat(luna.outreach().status()).isEqualTo(OutreachStatus.PROSPECT);
        assertThat(outreach.history(luna.id())).singleElement()
                .satisfies(change -> assertThat(change.from()).isNull());
    }

    @Test
    void everyMoveIsRecordedWithFromToAndWhen() {
        Influencer luna = contact("Luna");
        clock.advance(Duration.ofDays(2));

        Influencer moved = outreach.moveTo(luna.id(), OutreachStatus.NEGOTIATING);
        clock.advance(Duration.ofDays(1));
        outreach.moveTo(luna.id(), OutreachStatus.DECLINED);

        assertThat(moved.outreach().statusSince()).isEqualTo(T0.plus(Duration.ofDays(2)));
        List<StatusChange> history = outreach.history(luna.id());
        assertThat(history).extracting(StatusChange::to)
                .containsExactly(OutreachStatus.DECLINED, OutreachStatus.NEGOTIATING, OutreachStatus.PROSPECT);
        assertThat(history.get(0).from()).isEqualTo(OutreachStatus.NEGOTIATING);
        assertThat(history.get(0).changedAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
    }

    @Test
    void movingToTheSameStatusRecordsNothing() {
        Influencer luna = contact("Luna");
        outreach.moveTo(luna.id(), OutreachStatus.PROSPECT);
        assertThat(outreach.history(luna.id())).hasSize(1);
    }

    @Test
    void bulkMovesSkipDoNotContactAndUndoPutsEverythingBack() {
        Influencer a = contact("A");
        Influencer b = contact("B");
        Influencer dnc = contact("C");
        outreach.moveTo(dnc.id(), OutreachStatus.DO_NOT_CONTACT);

        BulkResult result = outreach.moveAll(List.of(a.id(), b.id(), dnc.id()), OutreachStatus.CONTACTED);

        assertThat(result.changed()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.summary("Moved to Contacted"))
                .isEqualTo("Moved to Contacted for 2 contacts; skipped 1 marked Do not contact.");
        assertThat(statusOf(a)).isEqualTo(OutreachStatus.CONTACTED);
        assertThat(statusOf(dnc)).isEqualTo(OutreachStatus.DO_NOT_CONTACT);

        outreach.undo(result.undo());

        assertThat(statusOf(a)).isEqualTo(OutreachStatus.PROSPECT);
        assertThat(statusOf(b)).isEqualTo(OutreachStatus.PROSPECT);
        assertThat(outreach.history(a.id())).hasSize(1);
    }

    @Test
    void bulkTagsAndFollowUpsAreOneUndoableStep() {
        Influencer a = contact("A");
        Influencer b = contact("B");
        LocalDate monday = LocalDate.of(2026, 11, 30);

        BulkResult tagged = outreach.addTag(List.of(a.id(), b.id()), "holiday");
        BulkResult planned = outreach.setFollowUps(List.of(a.id(), b.id()), monday, "Pitch the gift guide");
        BulkResult untagged = outreach.removeTag(List.of(a.id()), "BAKING");

        Influencer aNow = session.contacts().findContact(a.id()).orElseThrow();
        assertThat(aNow.tags()).containsExactly("vegan", "holiday");
        assertThat(aNow.outreach().followUpOn()).isEqualTo(monday);

        outreach.undo(untagged.undo());
        outreach.undo(planned.undo());
        outreach.undo(tagged.undo());

        Influencer aBack = session.contacts().findContact(a.id()).orElseThrow();
        assertThat(aBack.tags()).containsExactly("baking", "vegan");
        assertThat(aBack.outreach().followUpOn()).isNull();
    }

    @Test
    void loggingSuggestsTheNextStatusButNeverMovesSilently() {
        Influencer luna = contact("Luna");

        OutreachService.Logged first = outreach.log(interaction(luna, Interaction.Direction.OUTBOUND));

        assertThat(first.suggestedStatus()).isEqualTo(OutreachStatus.CONTACTED);
        assertThat(statusOf(luna)).isEqualTo(OutreachStatus.PROSPECT);
        outreach.moveTo(luna.id(), OutreachStatus.CONTACTED);
        assertThat(outreach.log(interaction(luna, Interaction.Direction.INBOUND)).suggestedStatus())
                .isEqualTo(OutreachStatus.REPLIED);
        assertThat(outreach.interactions(luna.id())).hasSize(2);
    }

    @Test
    void doneLogsTheFollowUpAndPlansTheNextOrClearsIt() {
        Influencer luna = contact("Luna");
        clock.advance(Duration.ofHours(1));
        Influencer planned = outreach.setFollowUp(luna.id(), LocalDate.of(2026, 11, 27), "Nudge");
        assertThat(planned.updatedAt()).as("stamped, for other people's change marks").isEqualTo(clock.instant());

        Influencer rescheduled = outreach.completeFollowUp(luna.id(), Interaction.Channel.EMAIL, "Nudged",
                LocalDate.of(2026, 12, 4));
        Influencer cleared = outreach.completeFollowUp(luna.id(), Interaction.Channel.EMAIL, "Nudged again", null);

        assertThat(rescheduled.outreach().followUpOn()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(rescheduled.outreach().followUpReason()).isEqualTo("Nudge");
        assertThat(cleared.outreach().followUpOn()).isNull();
        assertThat(outreach.interactions(luna.id())).extracting(Interaction::summary)
                .containsExactly("Nudged again", "Nudged");
    }

    @Test
    void todayFollowsTheUsersClockAcrossMidnight() {
        Influencer luna = contact("Luna");
        outreach.setFollowUp(luna.id(), LocalDate.of(2026, 11, 28), "Saturday nudge");

        clock.advance(Duration.ofHours(14).plusMinutes(59));   // Friday 23:59 UTC
        FollowUpAgenda friday = outreach.agenda(DayOfWeek.MONDAY);
        clock.advance(Duration.ofMinutes(2));                  // Saturday 00:01 UTC
        FollowUpAgenda saturday = outreach.agenda(DayOfWeek.MONDAY);

        assertThat(friday.thisWeek()).hasSize(1);
        assertThat(friday.today()).isEmpty();
        assertThat(saturday.today()).hasSize(1);
        assertThat(saturday.dueCount()).isEqualTo(1);
    }

    @Test
    void theNoReplyRuleProposesAFollowUpOncePerUnansweredMessage() {
        session.settings().save(new Settings("Lumen", "Maya", new NoReplyRule(true, 7)));
        Influencer luna = contact("Luna");
        Influencer wick = contact("Wick");
        outreach.log(interaction(luna, Interaction.Direction.OUTBOUND));
        outreach.log(interaction(wick, Interaction.Direction.OUTBOUND));
        clock.advance(Duration.ofDays(1));
        outreach.log(interaction(wick, Interaction.Direction.INBOUND));

        clock.advance(Duration.ofDays(5));
        assertThat(outreach.agenda(DayOfWeek.MONDAY).isEmpty()).as("six days of silence").isTrue();

        clock.advance(Duration.ofDays(1));
        FollowUpAgenda agenda = outreach.agenda(DayOfWeek.MONDAY);
        assertThat(agenda.today()).extracting(Influencer::displayName).containsExactly("Luna");
        assertThat(agenda.today().get(0).outreach().followUpReason()).isEqualTo("No reply for 7 days");

        outreach.setFollowUp(luna.id(), null, null);
        assertThat(outreach.agenda(DayOfWeek.MONDAY).isEmpty()).as("cleared by the user, not proposed again")
                .isTrue();
    }

    @Test
    void theNoReplyRuleStaysQuietWhenSwitchedOff() {
        Influencer luna = contact("Luna");
        outreach.log(interaction(luna, Interaction.Direction.OUTBOUND));
        clock.advance(Duration.ofDays(30));

        assertThat(outreach.agenda(DayOfWeek.MONDAY).isEmpty()).isTrue();
    }

    @Test
    void noMessageIsComposedForADoNotContact() {
        Influencer luna = contact("Luna");
        Influencer dnc = outreach.moveTo(luna.id(), OutreachStatus.DO_NOT_CONTACT);
        MessageTemplate template = session.settings().templates().get(0);

        assertThatThrownBy(() -> outreach.compose(template, dnc)).isInstanceOf(RuleViolation.class)
                .hasMessage("Luna asked not to be contacted.");
    }

    @Test
    void threeGoodTemplatesShipAndComposeWithTheBrandSettings() {
        session.settings().save(new Settings("Lumen Candles", "Maya", new NoReplyRule(false, 7)));
        List<MessageTemplate> templates = session.settings().templates();

        assertThat(templates).extracting(MessageTemplate::name)
                .containsExactly("First outreach", "Follow-up", "Gifting offer");
        assertThat(templates).allSatisfy(t -> assertThat(t.unknownFields()).isEmpty());
        var message = outreach.compose(templates.get(0), contact("Luna"));
        assertThat(message.subject()).isEqualTo("Lumen Candles x Luna?");
        assertThat(message.body()).startsWith("Hi Luna,").contains("I'm Maya from Lumen Candles");
        assertThat(message.missing()).isEmpty();
    }

    @Test
    void aTemplateWithAnUnknownFieldOrATakenNameIsNotSaved() {
        SettingsService settings = session.settings();
        assertThatThrownBy(() -> settings.saveTemplate(new MessageTemplate(null, "Typo", "", "Hi {frist_name}")))
                .hasMessageStartingWith("Unknown merge field {frist_name}");
        assertThatThrownBy(() -> settings.saveTemplate(new MessageTemplate(null, "follow-up", "", "Hi")))
                .hasMessageContaining("exists already");
        assertThat(settings.saveTemplate(new MessageTemplate(null, "Thanks", "Thank you", "Hi {first_name}")).id())
                .isNotNull();
    }
}
