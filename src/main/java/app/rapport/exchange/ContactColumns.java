package app.rapport.exchange;

import app.rapport.domain.Countries;
import app.rapport.domain.FitNote;
import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Tags;
import app.rapport.domain.sheet.Column;
import app.rapport.domain.text.DomainTexts;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The columns of a contact sheet: the contact's fields, then handle, followers, engagement and profile
 * address for each platform the exported contacts use. Ids are the importer's field names, so an exported
 * CSV reads back in without mapping.
 */
public final class ContactColumns {

    private ContactColumns() {
    }

    /** Every column for these contacts, in sheet order. */
    public static List<Column> all(List<Influencer> contacts, ZoneId zone) {
        List<Column> columns = new ArrayList<>(List.of(
                text("name", "Name", Influencer::displayName),
                text("real_name", "Real name", Influencer::realName),
                text("email", "Email", Influencer::email),
                text("phone", "Phone", Influencer::phone),
                text("city", "City", Influencer::city),
                text("country", "Country", c -> c.country() == null ? null
                        : Countries.displayName(c.country(), Locale.ENGLISH)),
                text("languages", "Languages", c -> Tags.format(c.languages())),
                text("tags", "Niches / tags", c -> String.join("; ", c.tags())),
                text("status", "Status", c -> c.outreach().status().englishWord()),
                new Column("fit", "Fit (1-5)", Column.Kind.NUMBER, c -> c.fit().rating() == null ? null
                        : (Object) c.fit().rating().longValue()),
                text("red_flags", "Red flags", c -> c.fit().redFlags()),
                text("fit_note", "Latest brand-fit note", c -> {
                    FitNote note = c.fit().latestNote();
                    return note == null ? null : note.text();
                }),
                text("notes", "Notes on the audience", Influencer::audienceNotes),
                new Column("follow_up", "Next follow-up", Column.Kind.DATE, c -> c.outreach().followUpOn()),
                new Column("updated", "Updated", Column.Kind.DATE, c -> c.updatedAt() == null ? null
                        : c.updatedAt().atZone(zone).toLocalDate())));
        for (Platform platform : platformsUsed(contacts)) {
            String key = platform.name().toLowerCase(Locale.ROOT);
            String label = platform.englishName();
            columns.add(text(key + ".handle", label + " handle", c -> account(c, platform) == null ? null
                    : account(c, platform).handle()));
            columns.add(new Column(key + ".followers", label + " followers", Column.Kind.NUMBER,
                    c -> account(c, platform) == null ? null : account(c, platform).followers()));
            columns.add(new Column(key + ".engagement", label + " engagement", Column.Kind.PERCENT,
                    c -> account(c, platform) == null ? null : account(c, platform).engagementRate()));
            columns.add(new Column(key + ".url", label + " URL", Column.Kind.URL,
                    c -> account(c, platform) == null ? null : account(c, platform).profileUrl()));
        }
        return columns;
    }

    /**
     * The columns named, in the order named.
     *
     * @throws IllegalArgumentException naming the first unknown column and the known ones
     */
    public static List<Column> select(List<Column> all, List<String> ids) {
        Map<String, Column> byId = new LinkedHashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        List<Column> chosen = new ArrayList<>();
        for (String id : ids) {
            Column column = byId.get(id.strip().toLowerCase(Locale.ROOT));
            if (column == null) {
                throw new IllegalArgumentException(DomainTexts.text("export.unknownColumn", id.strip(),
                        String.join(", ", byId.keySet())));
            }
            chosen.add(column);
        }
        return chosen;
    }

    private static Set<Platform> platformsUsed(List<Influencer> contacts) {
        Set<Platform> used = EnumSet.noneOf(Platform.class);
        contacts.forEach(c -> c.accounts().forEach(a -> used.add(a.platform())));
        return used;
    }

    /** The contact's first account on a platform (the sheet has one set of columns per platform). */
    private static SocialAccount account(Influencer contact, Platform platform) {
        return contact.accounts().stream().filter(a -> a.platform() == platform).findFirst().orElse(null);
    }

    private static Column text(String id, String header, Function<Influencer, Object> value) {
        return new Column(id, header, Column.Kind.TEXT, value);
    }
}
