package app.rapport.service;

import app.rapport.domain.FieldChange;
import app.rapport.domain.FollowUpAgenda;
import app.rapport.domain.Influencer;
import app.rapport.domain.Interaction;
import app.rapport.domain.Message;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.NoReplyRule;
import app.rapport.domain.Outreach;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.StatusChange;
import app.rapport.domain.Tags;
import app.rapport.domain.text.DomainTexts;
import app.rapport.store.ChangeLogRepository;
import app.rapport.store.ContactRepository;
import app.rapport.store.Database;
import app.rapport.store.OutreachRepository;
import app.rapport.store.Repositories;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a user does in outreach: move contacts between statuses, log interactions, plan follow-ups. */
public final class OutreachService {

    private static final Logger LOG = LoggerFactory.getLogger(OutreachService.class);

    private final Database database;
    private final Clock clock;

    public OutreachService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A logged interaction and the status move to offer because of it ({@code null} for none). */
    public record Logged(Interaction interaction, OutreachStatus suggestedStatus) {
    }

    /** A contact's status moves, newest first. */
    public List<StatusChange> history(long contactId) {
        return database.inTransaction(repos -> repos.outreach().history(contactId));
    }

    /** Who changed which field of the contact or of its deals, newest first. */
    public List<FieldChange> fieldChanges(long contactId) {
        return database.inTransaction(repos -> {
            List<FieldChange> all = new ArrayList<>(repos.changes().history(
                    ChangeLogRepository.CONTACT, contactId));
            for (var deal : repos.deals().findByContact(contactId, clock.getZone())) {
                all.addAll(repos.changes().history(ChangeLogRepository.DEAL, deal.id()));
            }
            all.sort(Comparator.comparing(FieldChange::at).reversed());
            return all;
        });
    }

    /** A contact's interactions, newest first. */
    public List<Interaction> interactions(long contactId) {
        return database.inTransaction(repos -> repos.outreach().interactions(contactId));
    }

    /** Moves one contact, whatever its status (the user chose this contact), and returns it as stored. */
    public Influencer moveTo(long contactId, OutreachStatus status) {
        return database.inTransaction(repos -> {
            repos.outreach().changeStatus(contactId, status, now());
            return reload(repos, contactId);
        });
    }

    /** Moves many contacts in one step; those marked Do not contact are left alone. */
    public BulkResult moveAll(List<Long> contactIds, OutreachStatus status) {
        return bulk(DomainTexts.text("outreach.bulk.moved", status.label()), contactIds, (repos, id, before) -> {
            return repos.outreach().changeStatus(id, status, now()).map(StatusChange::id);
        });
    }

    /** Adds a tag to many contacts in one step. */
    public BulkResult addTag(List<Long> contactIds, String tag) {
        String clean = requireTag(tag);
        return bulk(DomainTexts.text("outreach.bulk.tagAdded", clean), contactIds, (repos, id, before) -> {
            List<String> tags = new ArrayList<>(before.tags());
            tags.add(clean);
            repos.contacts().replaceTags(id, Tags.clean(tags), now());
            return Optional.empty();
        });
    }

    /** Removes a tag (whatever its case) from many contacts in one step. */
    public BulkResult removeTag(List<Long> contactIds, String tag) {
        String clean = requireTag(tag);
        return bulk(DomainTexts.text("outreach.bulk.tagRemoved", clean), contactIds, (repos, id, before) -> {
            List<String> tags = before.tags().stream().filter(t -> !t.equalsIgnoreCase(clean)).toList();
            repos.contacts().replaceTags(id, tags, now());
            return Optional.empty();
        });
    }

    /** Plans the same follow-up for many contacts in one step ({@code null} clears it). */
    public BulkResult setFollowUps(List<Long> contactIds, LocalDate on, String reason) {
        String description = DomainTexts.text(on == null ? "outreach.bulk.followUpCleared"
                : "outreach.bulk.followUpPlanned");
        return bulk(description, contactIds, (repos, id, before) -> {
            repos.outreach().setFollowUp(id, on, reason, now());
            return Optional.empty();
        });
    }

    /** Puts back what a bulk change changed, in one transaction. */
    public void undo(Undo undo) {
        database.inTransaction(repos -> {
            OutreachRepository outreach = repos.outreach();
            outreach.deleteStatusChanges(undo.recordedMoves);
            for (OutreachRepository.Snapshot snapshot : undo.before) {
                outreach.restore(snapshot);
                repos.contacts().replaceTags(snapshot.contactId(), snapshot.tags(), now());
            }
            return null;
        });
        LOG.info("Undid: {}", undo.description());
    }

    /** Plans (or with {@code null} clears) one contact's next follow-up. */
    public Influencer setFollowUp(long contactId, LocalDate on, String reason) {
        return database.inTransaction(repos -> {
            repos.outreach().setFollowUp(contactId, on, reason, now());
            return reload(repos, contactId);
        });
    }

    /** Moves a follow-up to a later day, keeping its reason. */
    public Influencer snooze(long contactId, LocalDate until) {
        return database.inTransaction(repos -> {
            Outreach outreach = repos.outreach().find(contactId).orElseThrow();
            repos.outreach().setFollowUp(contactId, until, outreach.followUpReason(), now());
            return reload(repos, contactId);
        });
    }

    /**
     * Marks a follow-up done: logs it as an outbound interaction, then plans the next one on {@code next}
     * or clears it when {@code next} is {@code null}.
     */
    public Influencer completeFollowUp(long contactId, Interaction.Channel channel, String summary, LocalDate next) {
        return database.inTransaction(repos -> {
            Outreach outreach = repos.outreach().find(contactId).orElseThrow();
            repos.outreach().addInteraction(new Interaction(null, contactId, now(), channel,
                    Interaction.Direction.OUTBOUND, summary, null));
            repos.outreach().setFollowUp(contactId, next, outreach.followUpReason(), now());
            return reload(repos, contactId);
        });
    }

    /** Logs an interaction and says which status move to offer. */
    public Logged log(Interaction interaction) {
        return database.inTransaction(repos -> {
            Outreach outreach = repos.outreach().find(interaction.contactId())
                    .orElseThrow(() -> new RuleViolation(DomainTexts.text("contact.deletedMeanwhile")));
            Interaction saved = repos.outreach().addInteraction(interaction);
            return new Logged(saved, interaction.suggestedStatus(outreach.status()));
        });
    }

    /** Deletes a logged interaction. */
    public void deleteInteraction(long id) {
        database.inTransaction(repos -> repos.outreach().deleteInteraction(id));
    }

    /** Fills a template for a contact; refuses for a contact marked Do not contact. */
    public Message compose(MessageTemplate template, Influencer contact) {
        if (contact.outreach().isDoNotContact()) {
            throw new RuleViolation(DomainTexts.text("contact.doNotContact", contact.displayName()));
        }
        Settings settings = database.inTransaction(repos -> SettingsService.read(repos.settings()));
        return Message.fill(template, contact, settings.sender());
    }

    /** Records that a filled template was sent (copied or opened in the mail program). */
    public Logged logMessageSent(Influencer contact, MessageTemplate template, Message message,
            Interaction.Channel channel) {
        if (contact.outreach().isDoNotContact()) {
            throw new RuleViolation(DomainTexts.text("contact.doNotContact", contact.displayName()));
        }
        return log(new Interaction(null, contact.id(), now(), channel, Interaction.Direction.OUTBOUND,
                DomainTexts.text("outreach.sentTemplate", template.name()), message.subject() + "\n\n"
                        + message.body()));
    }

    /**
     * The Today list: applies the no-reply rule (if on), then groups the planned follow-ups.
     *
     * @param firstDayOfWeek the first day of the user's week
     */
    public FollowUpAgenda agenda(DayOfWeek firstDayOfWeek) {
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(repos -> {
            applyNoReplyRule(repos, today);
            return FollowUpAgenda.of(repos.contacts().findAll(), today, firstDayOfWeek);
        });
    }

    /** Applies the no-reply rule (if the user switched it on); returns how many follow-ups it planned. */
    public int applyNoReplyRule() {
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(repos -> applyNoReplyRule(repos, today));
    }

    private int applyNoReplyRule(Repositories repos, LocalDate today) {
        NoReplyRule rule = SettingsService.read(repos.settings()).noReplyRule();
        if (!rule.enabled()) {
            return 0;
        }
        int[] planned = {0};
        OutreachRepository outreach = repos.outreach();
        for (Map.Entry<Long, NoReplyRule.Silence> entry : outreach.silences().entrySet()) {
            NoReplyRule.Silence silence = entry.getValue();
            rule.proposal(silence, today, clock.getZone()).ifPresent(day -> {
                outreach.setFollowUp(entry.getKey(), day, rule.reason(), now());
                outreach.markNoReplyProposed(entry.getKey(), silence.lastOutbound());
                LOG.info("No-reply rule planned a follow-up for contact {}", entry.getKey());
                planned[0]++;
            });
        }
        return planned[0];
    }

    /** One contact's part of a bulk change; returns the id of a status move it recorded, if any. */
    private interface BulkStep {
        Optional<Long> apply(Repositories repos, long contactId, OutreachRepository.Snapshot before);
    }

    private BulkResult bulk(String description, List<Long> contactIds, BulkStep step) {
        BulkResult result = database.inTransaction(repos -> {
            List<OutreachRepository.Snapshot> before = repos.outreach().snapshot(contactIds);
            List<OutreachRepository.Snapshot> touched = new ArrayList<>();
            List<Long> moves = new ArrayList<>();
            int skipped = 0;
            for (OutreachRepository.Snapshot snapshot : before) {
                if (snapshot.outreach().isDoNotContact()) {
                    skipped++;
                    continue;
                }
                step.apply(repos, snapshot.contactId(), snapshot).ifPresent(moves::add);
                touched.add(snapshot);
            }
            return new BulkResult(touched.size(), skipped, new Undo(description, touched, moves));
        });
        LOG.info("{}: {} changed, {} skipped", description, result.changed(), result.skipped());
        return result;
    }

    private static String requireTag(String tag) {
        List<String> parsed = Tags.parse(tag);
        if (parsed.size() != 1) {
            throw new RuleViolation(DomainTexts.text("outreach.oneTag"));
        }
        return parsed.get(0);
    }

    private static Influencer reload(Repositories repos, long contactId) {
        ContactRepository contacts = repos.contacts();
        return contacts.findById(contactId)
                .orElseThrow(() -> new RuleViolation(DomainTexts.text("contact.deletedMeanwhile")));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

}
