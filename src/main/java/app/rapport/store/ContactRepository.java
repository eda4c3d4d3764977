package app.rapport.store;

import static app.rapport.domain.Change.Kind.CONTACT;

import app.rapport.domain.Change;
import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.FitNote;
import app.rapport.domain.Influencer;
import app.rapport.domain.Outreach;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Reads and writes contacts with their social accounts, tags and brand-fit notes. */
public final class ContactRepository {

    private static final String CONTACT_COLUMNS = "id, display_name, real_name, email, phone, city, country, "
            + "languages, audience_notes, fit_rating, red_flags, created_at, updated_at, "
            + "outreach_status, status_since, follow_up_on, follow_up_reason, row_version";

    private final Handle handle;
    private final Change.Recorder changes;

    ContactRepository(Handle handle, Change.Recorder changes) {
        this.handle = handle;
        this.changes = changes;
    }

    /** Who already uses a handle on a platform. */
    public record AccountOwner(long contactId, String displayName) { }

    /** Every contact with everything that belongs to it, oldest first. */
    public List<Influencer> findAll() {
        return find(null);
    }

    /** The first contacts by id (the table's own order): what the window shows while the rest are read. */
    public List<Influencer> findFirst(int limit) {
        return find("IN (SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id LIMIT " + limit + ")");
    }

    /** The contacts outside the Trash whose id is {@code idCondition} (such as "IN (…)"), or all for null. */
    private List<Influencer> find(String idCondition) {
        String children = idCondition == null ? "" : "WHERE contact_id " + idCondition;
        SharedValues shared = new SharedValues();
        Map<Long, List<SocialAccount>> accounts = new HashMap<>();
        handle.createQuery("SELECT * FROM social_account " + children + " ORDER BY contact_id, sort_order")
                .map((rs, ctx) -> Map.entry(rs.getLong("contact_id"), ContactRows.readAccount(rs, shared)))
                .forEach(e -> accounts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<String>> tags = new HashMap<>();
        handle.createQuery("SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                        + (idCondition == null ? "" : "WHERE ct.contact_id " + idCondition)
                        + " ORDER BY ct.contact_id, ct.sort_order")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), shared.of(rs.getString(2))))
                .forEach(e -> tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<FitNote>> notes = new HashMap<>();
        handle.createQuery("SELECT * FROM fit_note " + children + " ORDER BY contact_id, noted_at, id")
                .map((rs, ctx) -> Map.entry(rs.getLong("contact_id"), ContactRows.readNote(rs)))
                .forEach(e -> notes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return handle.createQuery("SELECT " + CONTACT_COLUMNS + " FROM contact WHERE deleted_at IS NULL"
                        + (idCondition == null ? "" : " AND id " + idCondition) + " ORDER BY id")
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    return ContactRows.readContact(rs, accounts.getOrDefault(id, List.of()),
                            tags.getOrDefault(id, List.of()), notes.getOrDefault(id, List.of()), shared);
                })
                .list();
    }

    /** These contacts as they are now, a thousand to a read; those deleted or in the Trash are not there. */
    public List<Influencer> findByIds(Collection<Long> ids) {
        List<Long> all = List.copyOf(new HashSet<>(ids));
        List<Influencer> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(find("IN (" + all.subList(from, Math.min(all.size(), from + 1000)).stream()
                    .map(String::valueOf).collect(Collectors.joining(",")) + ")"));
        }
        return found;
    }

    /**
     * One contact once no other save of it is under way: what a refused save is shown. {@link #findById} reads
     * in several statements, which a save committing meanwhile could split between its before and after.
     */
    public Optional<Influencer> findSettled(long id) {
        RowLock.awaitWriters(handle, "contact", id);
        return findById(id);
    }

    /** One contact, if it exists. */
    public Optional<Influencer> findById(long id) {
        List<SocialAccount> accounts = handle.createQuery(
                        "SELECT * FROM social_account WHERE contact_id = :id ORDER BY sort_order")
                .bind("id", id).map((rs, ctx) -> ContactRows.readAccount(rs, new SharedValues())).list();
        List<String> tags = handle.createQuery("SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                        + "WHERE ct.contact_id = :id ORDER BY ct.sort_order")
                .bind("id", id).mapTo(String.class).list();
        List<FitNote> notes = handle.createQuery("SELECT * FROM fit_note WHERE contact_id = :id ORDER BY noted_at, id")
                .bind("id", id).map((rs, ctx) -> ContactRows.readNote(rs)).list();
        return handle.createQuery("SELECT " + CONTACT_COLUMNS + " FROM contact WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id)
                .map((rs, ctx) -> ContactRows.readContact(rs, accounts, tags, notes, new SharedValues()))
                .findOne();
    }

    /** These contacts' display names by id, for lists that show other things (payments, deals). */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> all = List.copyOf(new HashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            handle.createQuery("SELECT id, display_name FROM contact WHERE id IN (<ids>)")
                    .bindList("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> names.put(e.getKey(), e.getValue()));
        }
        return names;
    }

    /** The contact with this email address (case-insensitive), if any. */
    public Optional<Influencer> findByEmail(String email) {
        return handle.createQuery("SELECT id FROM contact WHERE email_key = :email AND deleted_at IS NULL ORDER BY id")
                .bind("email", email.toLowerCase(Locale.ROOT)).mapTo(Long.class).findFirst().flatMap(this::findById);
    }

    /** How many contacts the workspace holds. */
    public long count() {
        return handle.createQuery("SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL").mapTo(Long.class).one();
    }

    /** Whether there is any contact outside the Trash: the first row answers, where counting reads them all. */
    public boolean any() {
        return handle.createQuery("SELECT EXISTS(SELECT 1 FROM contact WHERE deleted_at IS NULL)")
                .mapTo(Boolean.class).one();
    }

    /** Every tag in use or once used, alphabetically. */
    public List<String> findAllTags() {
        return handle.createQuery("SELECT name FROM tag ORDER BY name_key").mapTo(String.class).list();
    }

    /** An account's key as stored: none while its handle is unknown, so any number of such accounts fit. */
    static String storedKey(SocialAccount account) {
        return account.hasHandle() ? account.handleKey() : null;
    }

    /** The contact that holds this handle on this platform, if any. */
    public Optional<AccountOwner> findAccountOwner(Platform platform, String handleKey) {
        return handle.createQuery("SELECT c.id, CASE WHEN c.deleted_at IS NULL THEN c.display_name "
                        + "ELSE c.display_name || ' (in the Trash)' END FROM social_account a "
                        + "JOIN contact c ON c.id = a.contact_id WHERE a.platform = :platform AND a.handle_key = :key")
                .bind("platform", platform.name())
                .bind("key", handleKey)
                .map((rs, ctx) -> new AccountOwner(rs.getLong(1), rs.getString(2)))
                .findFirst();
    }

    /** Stores many new contacts at once (timestamps set); returns their ids in order. */
    public List<Long> insertAll(List<Influencer> contacts) {
        List<Long> ids = new ContactBatchInsert(handle).insert(contacts);
        ids.forEach(id -> changes.created(CONTACT, id));
        return ids;
    }

    /**
     * Who holds each handle and each email now, read in two queries for matching many incoming contacts:
     * "PLATFORM:handle key" and "email:address" (lower case) to the contact's id. Handles count in the Trash
     * too (a handle is held once); emails only outside it, as {@link #findByEmail} does.
     */
    public Map<String, Long> identityKeys() {
        Map<String, Long> keys = new HashMap<>();
        handle.createQuery("SELECT platform, handle_key, contact_id FROM social_account WHERE handle_key IS NOT NULL "
                        + "ORDER BY id")
                .map((rs, ctx) -> Map.entry(rs.getString(1) + ":" + rs.getString(2), rs.getLong(3)))
                .forEach(e -> keys.putIfAbsent(e.getKey(), e.getValue()));
        handle.createQuery("SELECT email_key, id FROM contact WHERE email_key IS NOT NULL AND deleted_at IS NULL "
                        + "ORDER BY id")
                .map((rs, ctx) -> Map.entry("email:" + rs.getString(1), rs.getLong(2)))
                .forEach(e -> keys.putIfAbsent(e.getKey(), e.getValue()));
        return keys;
    }

    /** Stores a new contact; its timestamps must be set. Returns it with the ids given. */
    public Influencer insert(Influencer contact) {
        Outreach outreach = contact.outreach();
        Instant since = outreach.statusSince() != null ? outreach.statusSince() : contact.createdAt();
        long id = handle.createUpdate("INSERT INTO contact (display_name, real_name, email, email_key, phone, city, country, "
                        + "languages, audience_notes, fit_rating, red_flags, created_at, updated_at, outreach_status, "
                        + "status_since, follow_up_on, follow_up_reason) VALUES "
                        + "(:displayName, :realName, :email, :emailKey, :phone, :city, :country, :languages, :audienceNotes, "
                        + ":fitRating, :redFlags, :createdAt, :updatedAt, :status, :since, :followUpOn, :followUpReason)")
                .bindMap(ContactRows.contactParameters(contact))
                .bind("status", outreach.status().name())
                .bind("since", timestamp(since))
                .bind("followUpOn", outreach.followUpOn())
                .bind("followUpReason", outreach.followUpReason())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        handle.createUpdate("INSERT INTO status_change (contact_id, from_status, to_status, changed_at) "
                        + "VALUES (:c, NULL, :to, :at)")
                .bind("c", id).bind("to", outreach.status().name()).bind("at", timestamp(since)).execute();
        writeChildren(id, contact);
        changes.created(CONTACT, id);
        return findById(id).orElseThrow();
    }

    /**
     * Replaces a stored contact with this version of it, except its outreach state, and raises its version.
     *
     * @throws ChangedElsewhereException when the stored contact is no longer at {@code contact.version()}
     */
    public Influencer update(Influencer contact) {
        long id = contact.id();
        // The version check is part of the update itself: of two saves from one version, the second finds none.
        int changed = handle.createUpdate("UPDATE contact SET display_name = :displayName, real_name = :realName, "
                        + "email = :email, email_key = :emailKey, phone = :phone, city = :city, country = :country, "
                        + "languages = :languages, audience_notes = :audienceNotes, fit_rating = :fitRating, "
                        + "red_flags = :redFlags, updated_at = :updatedAt, row_version = row_version + 1 "
                        + "WHERE id = :id AND row_version = :version")
                .bindMap(ContactRows.contactParameters(contact)).bind("id", id).bind("version", contact.version())
                .execute();
        if (changed == 0) {
            throw new ChangedElsewhereException(findSettled(id).orElse(null));
        }
        writeChildren(id, contact);
        changes.changed(CONTACT, id);
        return findById(id).orElseThrow();
    }

    /** Deletes these contacts and everything that belongs to them, a thousand to a statement. */
    public void deleteAll(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += 1000) {
            handle.createUpdate("DELETE FROM contact WHERE id IN (<ids>)")
                    .bindList("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).execute();
        }
        changes.deleted(CONTACT, ids);
    }

    /** Deletes a contact and everything that belongs to it. */
    public boolean delete(long id) {
        boolean deleted = handle.createUpdate("DELETE FROM contact WHERE id = :id").bind("id", id).execute() > 0;
        if (deleted) {
            changes.deleted(CONTACT, id);
        }
        return deleted;
    }

    private void writeChildren(long contactId, Influencer contact) {
        writeAccounts(contactId, contact.accounts());
        writeTags(contactId, contact.tags());
        writeNotes(contactId, contact.fit().notes());
    }

    private void writeAccounts(long contactId, List<SocialAccount> accounts) {
        Set<Long> stored = keepOnly("social_account", contactId,
                accounts.stream().map(SocialAccount::id).filter(Objects::nonNull).toList());
        for (int i = 0; i < accounts.size(); i++) {
            SocialAccount a = accounts.get(i);
            boolean existing = a.id() != null && stored.contains(a.id());
            String sql = existing
                    ? "UPDATE social_account SET sort_order = :order, platform = :platform, handle = :handle, "
                            + "handle_key = :key, profile_url = :url, followers = :followers, "
                            + "engagement_rate = :rate, checked_on = :checked, updated_at = :updatedAt "
                            + "WHERE id = :id AND contact_id = :contact"
                    : "INSERT INTO social_account (contact_id, sort_order, platform, handle, handle_key, profile_url, "
                            + "followers, engagement_rate, checked_on, created_at, updated_at) VALUES (:contact, "
                            + ":order, :platform, :handle, :key, :url, :followers, :rate, :checked, :createdAt, "
                            + ":updatedAt)";
            Update statement = handle.createUpdate(sql)
                    .bind("contact", contactId)
                    .bind("order", i)
                    .bind("platform", a.platform().name())
                    .bind("handle", a.handle())
                    .bind("key", storedKey(a))
                    .bind("url", a.profileUrl())
                    .bind("followers", a.followers())
                    .bind("rate", a.engagementRate())
                    .bind("checked", a.checkedOn())
                    .bind("updatedAt", timestamp(a.updatedAt()));
            if (existing) {
                statement.bind("id", a.id());
            } else {
                statement.bind("createdAt", timestamp(a.createdAt()));
            }
            statement
                    .execute();
        }
    }

    /**
     * Deletes the contact's rows of a child table whose ids are not in {@code kept}.
     * Returns the ids that were stored before, so callers can tell updates from inserts.
     */
    private Set<Long> keepOnly(String table, long contactId, List<Long> kept) {
        Set<Long> stored = new HashSet<>(handle.createQuery("SELECT id FROM " + table + " WHERE contact_id = :c")
                .bind("c", contactId).mapTo(Long.class).list());
        for (Long id : stored) {
            if (!kept.contains(id)) {
                handle.createUpdate("DELETE FROM " + table + " WHERE id = :id").bind("id", id).execute();
            }
        }
        return stored;
    }

    /** Gives a contact exactly these tags, in this order, and marks it updated. */
    public void replaceTags(long contactId, List<String> tags, Instant at) {
        writeTags(contactId, tags);
        handle.createUpdate("UPDATE contact SET updated_at = :at WHERE id = :id")
                .bind("at", timestamp(at)).bind("id", contactId).execute();
        changes.changed(CONTACT, contactId);
    }

    private void writeTags(long contactId, List<String> tags) {
        handle.createUpdate("DELETE FROM contact_tag WHERE contact_id = :c").bind("c", contactId).execute();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String key = tag.toLowerCase(Locale.ROOT);
            Long tagId = handle.createQuery("SELECT id FROM tag WHERE name_key = :key")
                    .bind("key", key).mapTo(Long.class).findOne()
                    .orElseGet(() -> handle.createUpdate("INSERT INTO tag (name, name_key) VALUES (:name, :key)")
                            .bind("name", tag).bind("key", key)
                            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
            handle.createUpdate("INSERT INTO contact_tag (contact_id, tag_id, sort_order) VALUES (:c, :t, :o)")
                    .bind("c", contactId).bind("t", tagId).bind("o", i).execute();
        }
    }

    private void writeNotes(long contactId, List<FitNote> notes) {
        Set<Long> stored = keepOnly("fit_note", contactId,
                notes.stream().map(FitNote::id).filter(Objects::nonNull).toList());
        for (FitNote note : notes) {
            if (note.id() == null || !stored.contains(note.id())) {
                handle.createUpdate("INSERT INTO fit_note (contact_id, noted_at, body) VALUES (:c, :at, :body)")
                        .bind("c", contactId)
                        .bind("at", timestamp(note.notedAt()))
                        .bind("body", note.text())
                        .execute();
            }
        }
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
