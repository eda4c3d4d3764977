package app.rapport.store;

import static app.rapport.store.ContactRepository.instant;
import static app.rapport.store.ContactRepository.timestamp;

import app.rapport.domain.BrandFit;
import app.rapport.domain.FitNote;
import app.rapport.domain.Influencer;
import app.rapport.domain.Outreach;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Tags;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A contact's rows as the database holds them: the columns written, and the records read back. */
final class ContactRows {

    private ContactRows() {
    }

    static Map<String, Object> contactParameters(Influencer c) {
        Map<String, Object> p = new HashMap<>();
        p.put("displayName", c.displayName());
        p.put("realName", c.realName());
        p.put("email", c.email());
        p.put("emailKey", c.email() == null ? null : c.email().toLowerCase(Locale.ROOT));
        p.put("phone", c.phone());
        p.put("city", c.city());
        p.put("country", c.country());
        p.put("languages", c.languages().isEmpty() ? null : Tags.format(c.languages()));
        p.put("audienceNotes", c.audienceNotes());
        p.put("fitRating", c.fit().rating());
        p.put("redFlags", c.fit().redFlags());
        p.put("createdAt", timestamp(c.createdAt()));
        p.put("updatedAt", timestamp(c.updatedAt()));
        return p;
    }

    static Influencer readContact(ResultSet rs, List<SocialAccount> accounts, List<String> tags,
            List<FitNote> notes, SharedValues shared) throws SQLException {
        int rating = rs.getInt("fit_rating");
        Integer fitRating = rs.wasNull() ? null : rating;
        return new Influencer(
                rs.getLong("id"),
                rs.getString("display_name"),
                rs.getString("real_name"),
                rs.getString("email"),
                rs.getString("phone"),
                shared.of(rs.getString("city")),
                shared.of(rs.getString("country")),
                Tags.parse(rs.getString("languages")).stream().map(shared::of).toList(),
                tags,
                rs.getString("audience_notes"),
                accounts,
                new BrandFit(fitRating, rs.getString("red_flags"), notes),
                new Outreach(OutreachStatus.valueOf(rs.getString("outreach_status")),
                        shared.moment(instant(rs, "status_since")),
                        shared.of(rs.getObject("follow_up_on", LocalDate.class)),
                        shared.of(rs.getString("follow_up_reason"))),
                shared.moment(instant(rs, "created_at")),
                shared.moment(instant(rs, "updated_at")),
                rs.getLong("row_version"));
    }

    static SocialAccount readAccount(ResultSet rs, SharedValues shared) throws SQLException {
        long followers = rs.getLong("followers");
        Long followerCount = rs.wasNull() ? null : followers;
        BigDecimal rate = rs.getBigDecimal("engagement_rate");
        return new SocialAccount(
                rs.getLong("id"),
                Platform.valueOf(rs.getString("platform")),
                shared.handle(rs.getString("handle")),
                rs.getString("profile_url"),
                followerCount,
                shared.of(rate),
                shared.of(rs.getObject("checked_on", LocalDate.class)),
                shared.moment(instant(rs, "created_at")),
                shared.moment(instant(rs, "updated_at")));
    }

    static FitNote readNote(ResultSet rs) throws SQLException {
        return new FitNote(rs.getLong("id"), instant(rs, "noted_at"), rs.getString("body"));
    }
}
