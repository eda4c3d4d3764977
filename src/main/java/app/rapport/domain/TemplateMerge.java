package app.rapport.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The parts of a message template two edits can differ in (see {@link EditMerge}), and a template merged from
 * chosen parts.
 */
public final class TemplateMerge {

    /** The parts of a template the user chooses between. */
    public enum Part implements EditMerge.Part<MessageTemplate> {
        NAME("merge.template.NAME", MessageTemplate::name),
        SUBJECT("merge.template.SUBJECT", MessageTemplate::subject),
        BODY("merge.template.BODY", MessageTemplate::body);

        private final EditMerge.Shown<MessageTemplate> shown;

        Part(String labelKey, Function<MessageTemplate, String> text) {
            this.shown = new EditMerge.Shown<>(labelKey, text);
        }

        @Override
        public EditMerge.Shown<MessageTemplate> shown() {
            return shown;
        }
    }

    private TemplateMerge() {
    }

    public static List<EditMerge.Difference<Part>> differences(MessageTemplate base, MessageTemplate mine,
            MessageTemplate theirs) {
        return EditMerge.differences(List.of(Part.values()), base, mine, theirs);
    }

    /** The user's template with the chosen parts taken from theirs, at their version. */
    public static MessageTemplate merge(MessageTemplate mine, MessageTemplate theirs, Set<Part> fromTheirs) {
        Objects.requireNonNull(theirs, "theirs");
        return new MessageTemplate(theirs.id(), (fromTheirs.contains(Part.NAME) ? theirs : mine).name(),
                (fromTheirs.contains(Part.SUBJECT) ? theirs : mine).subject(),
                (fromTheirs.contains(Part.BODY) ? theirs : mine).body(), theirs.version());
    }
}
