package app.rapport.service;

import app.rapport.domain.EditMerge;
import app.rapport.domain.text.DomainTexts;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The parts of the workspace's settings two people can change at once (see {@link EditMerge}), and settings
 * merged from chosen parts.
 */
public final class SettingsMerge {

    /** The settings the user chooses between. */
    public enum Part implements EditMerge.Part<Settings> {
        BRAND("merge.settings.BRAND", Settings::brandName),
        MY_NAME("merge.settings.MY_NAME", Settings::myName),
        NO_REPLY("merge.settings.NO_REPLY", s -> DomainTexts.text(s.noReplyRule().enabled() ? "merge.value.noReplyOn"
                : "merge.value.noReplyOff", s.noReplyRule().days()));

        private final EditMerge.Shown<Settings> shown;

        Part(String labelKey, Function<Settings, String> text) {
            this.shown = new EditMerge.Shown<>(labelKey, text);
        }

        @Override
        public EditMerge.Shown<Settings> shown() {
            return shown;
        }
    }

    private SettingsMerge() {
    }

    public static List<EditMerge.Difference<Part>> differences(Settings base, Settings mine, Settings theirs) {
        return EditMerge.differences(List.of(Part.values()), base, mine, theirs);
    }

    /** The user's settings with the chosen parts taken from theirs. */
    public static Settings merge(Settings mine, Settings theirs, Set<Part> fromTheirs) {
        Objects.requireNonNull(theirs, "theirs");
        return new Settings((fromTheirs.contains(Part.BRAND) ? theirs : mine).brandName(),
                (fromTheirs.contains(Part.MY_NAME) ? theirs : mine).myName(),
                (fromTheirs.contains(Part.NO_REPLY) ? theirs : mine).noReplyRule());
    }
}
