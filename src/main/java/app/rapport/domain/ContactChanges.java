package app.rapport.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a save changed in a contact, field by field, in words a person reads. */
public final class ContactChanges {

    /** Values longer than this are shortened in the history. */
    private static final int LONGEST = 300;

    private ContactChanges() {
    }

    /** The fields that differ between the saved contact and the new one. */
    public static List<FieldChange> between(Influencer before, Influencer after, Instant at, String by) {
        return FieldChange.between(fields(before), fields(after), "", at, by).stream()
                .map(c -> new FieldChange(c.at(), c.field(), shorten(c.before()), shorten(c.after()), c.by()))
                .toList();
    }

    private static Map<String, String> fields(Influencer c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Display name", c.displayName());
        f.put("Real name", Text.orEmpty(c.realName()));
        f.put("Email", Text.orEmpty(c.email()));
        f.put("Phone", Text.orEmpty(c.phone()));
        f.put("City", Text.orEmpty(c.city()));
        f.put("Country", Text.orEmpty(c.country()));
        f.put("Languages", String.join(", ", c.languages()));
        f.put("Niches / tags", String.join(", ", c.tags()));
        f.put("Audience", Text.orEmpty(c.audienceNotes()));
        f.put("Fit rating", c.fit().rating() == null ? "" : c.fit().rating().toString());
        f.put("Red flags", Text.orEmpty(c.fit().redFlags()));
        f.put("Brand-fit notes", Integer.toString(c.fit().notes().size()));
        for (SocialAccount a : c.accounts()) {
            String label = a.platform().englishName() + " " + a.displayHandle();
            f.put(label, "listed");
            f.put(label + " followers", a.followers() == null ? "" : a.followers().toString());
            f.put(label + " engagement", a.engagementRate() == null ? "" : plain(a.engagementRate()) + " %");
        }
        return f;
    }

    private static String plain(BigDecimal number) {
        return Objects.requireNonNull(number).stripTrailingZeros().toPlainString();
    }

    private static String shorten(String value) {
        return value.length() <= LONGEST ? value : value.substring(0, LONGEST - 1) + "…";
    }
}
