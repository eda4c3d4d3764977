package app.rapport.store;

import app.rapport.domain.FitNote;
import app.rapport.domain.Influencer;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Tags;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Stores many new contacts with one batched statement per table instead of a dozen statements per contact:
 * what makes a 100,000-row import take seconds rather than minutes (see the README's Performance section).
 * Plain JDBC with parameters by position: binding by name cost more than H2 spent storing the rows.
 */
final class ContactBatchInsert {

    private static final String CONTACT = "INSERT INTO contact (display_name, real_name, email, email_key, phone, "
            + "city, country, languages, audience_notes, fit_rating, red_flags, created_at, updated_at, "
            + "outreach_status, status_since, follow_up_on, follow_up_reason) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String STATUS = "INSERT INTO status_change (contact_id, from_status, to_status, changed_at) "
            + "VALUES (?, NULL, ?, ?)";
    private static final String ACCOUNT = "INSERT INTO social_account (contact_id, sort_order, platform, handle, "
            + "handle_key, profile_url, followers, engagement_rate, checked_on, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TAG = "INSERT INTO contact_tag (contact_id, tag_id, sort_order) VALUES (?, ?, ?)";
    private static final String NOTE = "INSERT INTO fit_note (contact_id, noted_at, body) VALUES (?, ?, ?)";

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
        try {
            List<Long> ids = insertContacts(contacts);
            insertParts(contacts, ids);
            return ids;
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private List<Long> insertContacts(List<Influencer> contacts) throws SQLException {
        Connection connection = handle.getConnection();
        List<Long> ids = new ArrayList<>(contacts.size());
        try (PreparedStatement rows = connection.prepareStatement(CONTACT, new String[] {"id"})) {
            for (Influencer c : contacts) {
                Object[] values = {c.displayName(), c.realName(), c.email(),
                    c.email() == null ? null : c.email().toLowerCase(Locale.ROOT), c.phone(), c.city(), c.country(),
                    c.languages().isEmpty() ? null : Tags.format(c.languages()), c.audienceNotes(),
                    c.fit().rating(), c.fit().redFlags(), ContactRepository.timestamp(c.createdAt()),
                    ContactRepository.timestamp(c.updatedAt()), c.outreach().status().name(),
                    ContactRepository.timestamp(since(c)), c.outreach().followUpOn(), c.outreach().followUpReason()};
                add(rows, values, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.SMALLINT, Types.VARCHAR,
                        Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
                        Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE, Types.VARCHAR);
            }
            rows.executeBatch();
            try (ResultSet keys = rows.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != contacts.size()) {
            throw new IllegalStateException("The database gave " + ids.size() + " ids for " + contacts.size()
                    + " new contacts");
        }
        return ids;
    }

    private void insertParts(List<Influencer> contacts, List<Long> ids) throws SQLException {
        Connection connection = handle.getConnection();
        try (PreparedStatement changes = connection.prepareStatement(STATUS);
                PreparedStatement accounts = connection.prepareStatement(ACCOUNT);
                PreparedStatement tags = connection.prepareStatement(TAG);
                PreparedStatement notes = connection.prepareStatement(NOTE)) {
            int[] counts = new int[4];
            for (int i = 0; i < contacts.size(); i++) {
                Influencer c = contacts.get(i);
                long id = ids.get(i);
                add(changes, new Object[] {id, c.outreach().status().name(), ContactRepository.timestamp(since(c))},
                        Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE);
                counts[0]++;
                for (int order = 0; order < c.accounts().size(); order++) {
                    SocialAccount a = c.accounts().get(order);
                    add(accounts, new Object[] {id, order, a.platform().name(), a.handle(),
                        ContactRepository.storedKey(a),
                        a.profileUrl(), a.followers(), a.engagementRate(), a.checkedOn(),
                        ContactRepository.timestamp(a.createdAt()), ContactRepository.timestamp(a.updatedAt())},
                            Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                            Types.BIGINT, Types.DECIMAL, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE,
                            Types.TIMESTAMP_WITH_TIMEZONE);
                    counts[1]++;
                }
                for (int order = 0; order < c.tags().size(); order++) {
                    add(tags, new Object[] {id, tagId(c.tags().get(order)), order},
                            Types.BIGINT, Types.BIGINT, Types.INTEGER);
                    counts[2]++;
                }
                for (FitNote note : c.fit().notes()) {
                    add(notes, new Object[] {id, ContactRepository.timestamp(note.notedAt()), note.text()},
                            Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR);
                    counts[3]++;
                }
            }
            PreparedStatement[] batches = {changes, accounts, tags, notes};
            for (int b = 0; b < batches.length; b++) {
                if (counts[b] > 0) {
                    batches[b].executeBatch();
                }
            }
        }
    }

    /** Sets one row's parameters by position (a {@code null} with its column's type) and adds it to the batch. */
    private static void add(PreparedStatement statement, Object[] values, int... types) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, types[i]);
            } else {
                statement.setObject(i + 1, values[i], types[i]);
            }
        }
        statement.addBatch();
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
