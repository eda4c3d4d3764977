package app.rapport.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two edits of one contact made from the same stored version: what differs between them, part by part, and a
 * contact merged from the parts the user chooses. Knowing the version both started from tells which side
 * changed a part, so a part only they changed is not put back to the old value by accident.
 */
public final class ContactMerge {

    /** The parts of a contact the user chooses between. */
    public enum Part {
        DISPLAY_NAME("Display name", Influencer::displayName),
        REAL_NAME("Real name", c -> Text.orEmpty(c.realName())),
        EMAIL("Email", c -> Text.orEmpty(c.email())),
        PHONE("Phone", c -> Text.orEmpty(c.phone())),
        CITY("City", c -> Text.orEmpty(c.city())),
        COUNTRY("Country", c -> Text.orEmpty(c.country())),
        LANGUAGES("Languages", c -> String.join(", ", c.languages())),
        TAGS("Niches / tags", c -> String.join(", ", c.tags())),
        AUDIENCE("Audience", c -> Text.orEmpty(c.audienceNotes())),
        ACCOUNTS("Social accounts", c -> c.accounts().stream().map(ContactMerge::account)
                .collect(Collectors.joining(" · "))),
        FIT_RATING("Fit rating", c -> c.fit().rating() == null ? "" : c.fit().rating() + " of 5"),
        RED_FLAGS("Red flags", c -> Text.orEmpty(c.fit().redFlags())),
        NOTES("Brand-fit notes", c -> c.fit().notes().stream().map(FitNote::text)
                .collect(Collectors.joining(" · ")));

        private final String label;
        private final Function<Influencer, String> text;

        Part(String label, Function<Influencer, String> text) {
            this.label = label;
            this.text = text;
        }

        public String label() {
            return label;
        }

        /** The part as the user reads it. */
        public String of(Influencer contact) {
            return text.apply(contact);
        }
    }

    /**
     * A part that differs: their stored value, the user's, and who changed it since the version both started
     * from ({@code byMe} and {@code byThem} may both be true: a real clash).
     */
    public record Difference(Part part, String theirs, String mine, boolean byMe, boolean byThem) {

        /** Whether the user's value is the one to offer first: theirs, unless the user changed it. */
        public boolean mineFirst() {
            return byMe;
        }
    }

    private ContactMerge() {
    }

    /** The parts in which {@code mine} and {@code theirs} differ, in the form's order. */
    public static List<Difference> differences(Influencer base, Influencer mine, Influencer theirs) {
        List<Difference> differences = new ArrayList<>();
        for (Part part : Part.values()) {
            String baseValue = part.of(base);
            String mineValue = part.of(mine);
            String theirValue = part.of(theirs);
            if (!mineValue.equals(theirValue)) {
                differences.add(new Difference(part, theirValue, mineValue, !mineValue.equals(baseValue),
                        !theirValue.equals(baseValue)));
            }
        }
        return differences;
    }

    /** What "keep mine" means: the user's value for each part they changed, theirs for every part only they did. */
    public static Set<Part> theirsUnlessChangedByMe(List<Difference> differences) {
        Set<Part> fromTheirs = EnumSet.noneOf(Part.class);
        differences.stream().filter(d -> !d.byMe()).forEach(d -> fromTheirs.add(d.part()));
        return fromTheirs;
    }

    /**
     * The user's contact with the chosen parts taken from theirs, at their version, so saving it is a save made
     * after seeing their change.
     */
    public static Influencer merge(Influencer mine, Influencer theirs, Set<Part> fromTheirs) {
        Objects.requireNonNull(theirs, "theirs");
        Influencer t = theirs;
        return new Influencer(t.id(),
                (fromTheirs.contains(Part.DISPLAY_NAME) ? t : mine).displayName(),
                (fromTheirs.contains(Part.REAL_NAME) ? t : mine).realName(),
                (fromTheirs.contains(Part.EMAIL) ? t : mine).email(),
                (fromTheirs.contains(Part.PHONE) ? t : mine).phone(),
                (fromTheirs.contains(Part.CITY) ? t : mine).city(),
                (fromTheirs.contains(Part.COUNTRY) ? t : mine).country(),
                (fromTheirs.contains(Part.LANGUAGES) ? t : mine).languages(),
                (fromTheirs.contains(Part.TAGS) ? t : mine).tags(),
                (fromTheirs.contains(Part.AUDIENCE) ? t : mine).audienceNotes(),
                (fromTheirs.contains(Part.ACCOUNTS) ? t : mine).accounts(),
                new BrandFit((fromTheirs.contains(Part.FIT_RATING) ? t : mine).fit().rating(),
                        (fromTheirs.contains(Part.RED_FLAGS) ? t : mine).fit().redFlags(),
                        (fromTheirs.contains(Part.NOTES) ? t : mine).fit().notes()),
                t.outreach(), t.createdAt(), t.updatedAt(), t.version());
    }

    private static String account(SocialAccount a) {
        return a.platform().label() + " " + a.displayHandle()
                + (a.followers() == null ? "" : " (" + FollowerCounts.abbreviate(a.followers()) + ")");
    }
}
