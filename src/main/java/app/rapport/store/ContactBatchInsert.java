package app.rapport.store;

import app.rapport.domain.FitNote;
import app.rapport.domain.Influencer;
import app.rapport.domain.SocialAccount;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Stores many new contacts with one batched statement per table instead of a dozen statements per contact:
 * what makes a 100,000-row import take seconds rather than minutes (see the README's Performance section).
 */
final class ContactBatchInsert {

    private final Handle handle;
    /** Tag ids by lower-case name, read once per batch; new tags are added as they come. */
    private final Map<String, Long> tagIds = new HashMap<>();

    ContactBatchInsert(Handle handle) {
        this.handle = handle;
        handle.createQuery("SELECT name_key, id FROM tag")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> tagIds.put(e.getKey(), e.getValue()));
    }

    /** Stores the contacts (timestamps set, no ids) and returns their new ids, in order. */
    List<Long> insert(List<Influencer> contacts) {
        if (contacts.isEmpty()) {
            return List.of();
        }
        PreparedBatch rows = handle.prepareBatch("INSERT INTO contact (display_name, real_name, email, email_key, "
                + "phone, city, country, languages, audience_notes, fit_rating, red_flags, created_at, updated_at, "
                + "outreach_status, status_since, follow_up_on, follow_up_reason) VALUES (:displayName, :realName, "
                + ":email, :emailKey, :phone, :city, :country, :languages, :audienceNotes, :fitRating, :redFlags, "
                + ":createdAt, :updatedAt, :status, :since, :followUpOn, :followUpReason)");
        for (Influencer c : contacts) {
            rows.bindMap(ContactRows.contactParameters(c))
                    .bind("status", c.outreach().status().name())
                    .bind("since", ContactRepository.timestamp(since(c)))
                    .bind("followUpOn", c.outreach().followUpOn())
                    .bind("followUpReason", c.outreach().followUpReason())
                    .add();
        }
        List<Long> ids = rows.executePreparedBatch("id").mapTo(Long.class).list();
        if (ids.size() != contacts.size()) {
            throw new IllegalStateException("The database gave " + ids.size() + " ids for " + contacts.size()
                    + " new contacts");
        }
        PreparedBatch changes = handle.prepareBatch("INSERT INTO status_change (contact_id, from_status, to_status, "
                + "changed_at) VALUES (:c, NULL, :to, :at)");
        PreparedBatch accounts = handle.prepareBatch("INSERT INTO social_account (contact_id, sort_order, platform, "
                + "handle, handle_key, profile_url, followers, engagement_rate, checked_on, created_at, updated_at) "
                + "VALUES (:contact, :order, :platform, :handle, :key, :url, :followers, :rate, :checked, "
                + ":createdAt, :updatedAt)");
        PreparedBatch tags = handle.prepareBatch("INSERT INTO contact_tag (contact_id, tag_id, sort_order) "
                + "VALUES (:c, :t, :o)");
        PreparedBatch notes = handle.prepareBatch("INSERT INTO fit_note (contact_id, noted_at, body) "
                + "VALUES (:c, :at, :body)");
        for (int i = 0; i < contacts.size(); i++) {
            Influencer c = contacts.get(i);
            long id = ids.get(i);
            changes.bind("c", id).bind("to", c.outreach().status().name())
                    .bind("at", ContactRepository.timestamp(since(c))).add();
            for (int order = 0; order < c.accounts().size(); order++) {
                SocialAccount a = c.accounts().get(order);
                accounts.bind("contact", id).bind("order", order).bind("platform", a.platform().name())
                        .bind("handle", a.handle()).bind("key", a.handleKey()).bind("url", a.profileUrl())
                        .bind("followers", a.followers()).bind("rate", a.engagementRate())
                        .bind("checked", a.checkedOn())
                        .bind("createdAt", ContactRepository.timestamp(a.createdAt()))
                        .bind("updatedAt", ContactRepository.timestamp(a.updatedAt())).add();
            }
            for (int order = 0; order < c.tags().size(); order++) {
                tags.bind("c", id).bind("t", tagId(c.tags().get(order))).bind("o", order).add();
            }
            for (FitNote note : c.fit().notes()) {
                notes.bind("c", id).bind("at", ContactRepository.timestamp(note.notedAt()))
                        .bind("body", note.text()).add();
            }
        }
        for (PreparedBatch batch : List.of(changes, accounts, tags, notes)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
        return ids;
    }

    private long tagId(String tag) {
        return tagIds.computeIfAbsent(tag.toLowerCase(Locale.ROOT), key -> handle.createUpdate(
                "INSERT INTO tag (name, name_key) VALUES (:name, :key)").bind("name", tag).bind("key", key)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private static Instant since(Influencer c) {
        return c.outreach().statusSince() != null ? c.outreach().statusSince() : c.createdAt();
    }
}
