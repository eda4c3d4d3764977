package app.rapport.store;

import static app.rapport.domain.Change.Kind.CONTACT;

import static app.rapport.store.ContactRepository.instant;
import static app.rapport.store.ContactRepository.timestamp;

import app.rapport.domain.Change;
import app.rapport.domain.Interaction;
import app.rapport.domain.NoReplyRule;
import app.rapport.domain.Outreach;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.StatusChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Reads and writes the outreach side of contacts: status and its history, interactions, follow-ups. */
public final class OutreachRepository {

    private final Handle handle;

    private final Change.Recorder changes;

    OutreachRepository(Handle handle, Change.Recorder changes) {
        this.handle = handle;
        this.changes = changes;
    }

    /** What a bulk change touched on one contact, so it can be put back. */
    public record Snapshot(long contactId, Outreach outreach, List<String> tags) {
    }

    /** A contact's outreach state, if the contact exists. */
    public Optional<Outreach> find(long contactId) {
        return handle.createQuery("SELECT outreach_status, status_since, follow_up_on, follow_up_reason FROM contact "
                        + "WHERE id = :id")
                .bind("id", contactId)
                .map((rs, ctx) -> new Outreach(OutreachStatus.valueOf(rs.getString(1)), instant(rs, "status_since"),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))
                .findOne();
    }

    /** Moves a contact to a status and records the move; nothing happens when it is there already. */
    public Optional<StatusChange> changeStatus(long contactId, OutreachStatus to, Instant at) {
        Outreach current = find(contactId).orElseThrow(() -> new IllegalStateException("No contact " + contactId));
        if (current.status() == to) {
            return Optional.empty();
        }
        handle.createUpdate("UPDATE contact SET outreach_status = :to, status_since = :at, updated_at = :at WHERE id = :id")
                .bind("to", to.name()).bind("at", timestamp(at)).bind("id", contactId).execute();
        long id = handle.createUpdate("INSERT INTO status_change (contact_id, from_status, to_status, changed_at) "
                        + "VALUES (:c, :from, :to, :at)")
                .bind("c", contactId).bind("from", current.status().name()).bind("to", to.name())
                .bind("at", timestamp(at))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        changes.changed(CONTACT, contactId);
        return Optional.of(new StatusChange(id, contactId, current.status(), to, at));
    }

    /** A contact's status moves, newest first. */
    public List<StatusChange> history(long contactId) {
        return handle.createQuery("SELECT * FROM status_change WHERE contact_id = :c ORDER BY changed_at DESC, id DESC")
                .bind("c", contactId)
                .map((rs, ctx) -> {
                    String from = rs.getString("from_status");
                    return new StatusChange(rs.getLong("id"), contactId, from == null ? null : OutreachStatus.valueOf(from),
                            OutreachStatus.valueOf(rs.getString("to_status")), instant(rs, "changed_at"));
                })
                .list();
    }

    /** Forgets recorded moves, when the change that made them is undone. */
    public void deleteStatusChanges(List<Long> ids) {
        if (!ids.isEmpty()) {
            handle.createUpdate("DELETE FROM status_change WHERE id IN (<ids>)").bindList("ids", ids).execute();
        }
    }

    /** Stores an interaction and returns it with its id. */
    public Interaction addInteraction(Interaction interaction) {
        long id = handle.createUpdate("INSERT INTO interaction (contact_id, occurred_at, channel, direction, summary, "
                        + "details) VALUES (:c, :at, :channel, :direction, :summary, :details)")
                .bind("c", interaction.contactId())
                .bind("at", timestamp(interaction.occurredAt()))
                .bind("channel", interaction.channel().name())
                .bind("direction", interaction.direction().name())
                .bind("summary", interaction.summary())
                .bind("details", interaction.details())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        changes.changed(CONTACT, interaction.contactId());
        return new Interaction(id, interaction.contactId(), interaction.occurredAt(), interaction.channel(),
                interaction.direction(), interaction.summary(), interaction.details());
    }

    /** A contact's interactions, newest first. */
    public List<Interaction> interactions(long contactId) {
        return handle.createQuery("SELECT * FROM interaction WHERE contact_id = :c ORDER BY occurred_at DESC, id DESC")
                .bind("c", contactId)
                .map((rs, ctx) -> new Interaction(rs.getLong("id"), contactId, instant(rs, "occurred_at"),
                        Interaction.Channel.valueOf(rs.getString("channel")),
                        Interaction.Direction.valueOf(rs.getString("direction")),
                        rs.getString("summary"), rs.getString("details")))
                .list();
    }

    /** Every status entered since {@code from}, per contact, for the dashboard's funnel. */
    public Map<Long, Set<OutreachStatus>> statusesEnteredSince(Instant from) {
        Map<Long, Set<OutreachStatus>> entered = new HashMap<>();
        handle.createQuery("SELECT contact_id, to_status FROM status_change WHERE changed_at >= :from AND contact_id IN "
                        + "(SELECT id FROM contact WHERE deleted_at IS NULL)")
                .bind("from", timestamp(from))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), OutreachStatus.valueOf(rs.getString(2))))
                .forEach(e -> entered.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(OutreachStatus.class))
                        .add(e.getValue()));
        return entered;
    }

    /** Every contact's interaction summaries, one per line, for search. */
    public Map<Long, String> interactionSummaries() {
        Map<Long, String> summaries = new HashMap<>();
        handle.createQuery("SELECT contact_id, summary FROM interaction ORDER BY contact_id, occurred_at")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> summaries.merge(e.getKey(), e.getValue(), (a, b) -> a + "\n" + b));
        return summaries;
    }

    /** Deletes one interaction. */
    public boolean deleteInteraction(long id) {
        Optional<Long> contact = handle.createQuery("SELECT contact_id FROM interaction WHERE id = :id")
                .bind("id", id).mapTo(Long.class).findOne();
        contact.ifPresent(contactId -> changes.changed(CONTACT, contactId));
        return handle.createUpdate("DELETE FROM interaction WHERE id = :id").bind("id", id).execute() > 0;
    }

    /** Plans (or with {@code null} clears) a contact's next follow-up; {@code at} stamps the contact as changed. */
    public void setFollowUp(long contactId, LocalDate on, String reason, Instant at) {
        handle.createUpdate("UPDATE contact SET follow_up_on = :on, follow_up_reason = :reason, updated_at = :at "
                        + "WHERE id = :id")
                .bind("on", on).bind("reason", on == null ? null : reason).bind("at", timestamp(at))
                .bind("id", contactId).execute();
        changes.changed(CONTACT, contactId);
    }

    /** For the no-reply rule: every contact's last outbound and inbound moments. */
    public Map<Long, NoReplyRule.Silence> silences() {
        Map<Long, NoReplyRule.Silence> result = new LinkedHashMap<>();
        handle.createQuery("SELECT c.id, c.outreach_status, c.status_since, c.follow_up_on, c.follow_up_reason, "
                        + "c.no_reply_proposed_for, "
                        + "MAX(CASE WHEN i.direction = 'OUTBOUND' THEN i.occurred_at END) AS last_out, "
                        + "MAX(CASE WHEN i.direction = 'INBOUND' THEN i.occurred_at END) AS last_in "
                        + "FROM contact c JOIN interaction i ON i.contact_id = c.id WHERE c.deleted_at IS NULL "
                        + "GROUP BY c.id, c.outreach_status, c.status_since, c.follow_up_on, c.follow_up_reason, "
                        + "c.no_reply_proposed_for")
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), new NoReplyRule.Silence(
                        new Outreach(OutreachStatus.valueOf(rs.getString("outreach_status")),
                                instant(rs, "status_since"), rs.getObject("follow_up_on", LocalDate.class),
                                rs.getString("follow_up_reason")),
                        instant(rs, "last_out"), instant(rs, "last_in"), instant(rs, "no_reply_proposed_for"))))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** Remembers that the rule proposed a follow-up for the message sent at {@code outbound}. */
    public void markNoReplyProposed(long contactId, Instant outbound) {
        handle.createUpdate("UPDATE contact SET no_reply_proposed_for = :at WHERE id = :id")
                .bind("at", timestamp(outbound)).bind("id", contactId).execute();
    }

    /** The outreach state and tags of these contacts, as they are now. */
    public List<Snapshot> snapshot(List<Long> contactIds) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (long id : contactIds) {
            Outreach outreach = find(id).orElse(null);
            if (outreach != null) {
                List<String> tags = handle.createQuery("SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = "
                                + "ct.tag_id WHERE ct.contact_id = :c ORDER BY ct.sort_order")
                        .bind("c", id).mapTo(String.class).list();
                snapshots.add(new Snapshot(id, outreach, tags));
            }
        }
        return snapshots;
    }

    /** Puts a snapshot's outreach state back; tags go back through {@link ContactRepository#replaceTags}. */
    public void restore(Snapshot snapshot) {
        Outreach o = snapshot.outreach();
        handle.createUpdate("UPDATE contact SET outreach_status = :status, status_since = :since, "
                        + "follow_up_on = :on, follow_up_reason = :reason WHERE id = :id")
                .bind("status", o.status().name()).bind("since", timestamp(o.statusSince()))
                .bind("on", o.followUpOn()).bind("reason", o.followUpReason()).bind("id", snapshot.contactId())
                .execute();
        changes.changed(CONTACT, snapshot.contactId());
    }

}
