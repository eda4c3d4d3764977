package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parts of a contact two edits can differ in (see {@link EditMerge}), and a contact merged from the parts
 * the user chooses.
 */
public final class ContactMerge {

    /** The parts of a contact the user chooses between. */
    public enum Part implements EditMerge.Part<Influencer> {
        DISPLAY_NAME("merge.contact.DISPLAY_NAME", Influencer::displayName),
        REAL_NAME("merge.contact.REAL_NAME", c -> Text.orEmpty(c.realName())),
        EMAIL("merge.contact.EMAIL", c -> Text.orEmpty(c.email())),
        PHONE("merge.contact.PHONE", c -> Text.orEmpty(c.phone())),
        CITY("merge.contact.CITY", c -> Text.orEmpty(c.city())),
        COUNTRY("merge.contact.COUNTRY", c -> Text.orEmpty(c.country())),
        LANGUAGES("merge.contact.LANGUAGES", c -> String.join(", ", c.languages())),
        TAGS("merge.contact.TAGS", c -> String.join(", ", c.tags())),
        AUDIENCE("merge.contact.AUDIENCE", c -> Text.orEmpty(c.audienceNotes())),
        ACCOUNTS("merge.contact.ACCOUNTS", c -> c.accounts().stream().map(ContactMerge::account)
                .collect(Collectors.joining(" · "))),
        FIT_RATING("merge.contact.FIT_RATING", c -> c.fit().rating() == null ? ""
                : DomainTexts.text("merge.value.rating", c.fit().rating(), BrandFit.MAX_RATING)),
        RED_FLAGS("merge.contact.RED_FLAGS", c -> Text.orEmpty(c.fit().redFlags())),
        NOTES("merge.contact.NOTES", c -> c.fit().notes().stream().map(FitNote::text)
                .collect(Collectors.joining(" · ")));

        private final EditMerge.Shown<Influencer> shown;

        Part(String labelKey, Function<Influencer, String> text) {
            this.shown = new EditMerge.Shown<>(labelKey, text);
        }

        @Override
        public EditMerge.Shown<Influencer> shown() {
            return shown;
        }
    }

    private ContactMerge() {
    }

    /** The parts in which {@code mine} and {@code theirs} differ, in the form's order. */
    public static List<EditMerge.Difference<Part>> differences(Influencer base, Influencer mine, Influencer theirs) {
        return EditMerge.differences(List.of(Part.values()), base, mine, theirs);
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
