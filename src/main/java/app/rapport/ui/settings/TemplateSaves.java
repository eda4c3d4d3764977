package app.rapport.ui.settings;

import app.rapport.domain.EditMerge;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.TemplateMerge;
import app.rapport.service.SettingsService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.EditConflicts;
import app.rapport.ui.common.SaveFlow;
import java.util.List;
import java.util.Set;

/** How the template form saves: compared side by side after someone else's save, kept while the server is away. */
final class TemplateSaves {

    /** What the status bar says while a save waits for the team server. */
    static final String WAITING = "The team server cannot be reached: your template is kept, and saved once the "
            + "server is back.";

    /** How templates are compared when two people saved the same one. */
    static final EditConflicts.Kind<MessageTemplate, TemplateMerge.Part> TEMPLATES = new EditConflicts.Kind<>() {
        @Override
        public String name(MessageTemplate template) {
            return "the template " + template.name();
        }

        @Override
        public String deleted(MessageTemplate mine) {
            return "Someone else deleted the template " + mine.name() + " while you were editing; your text is "
                    + "still in the form: save it as a new template with New template, or copy what you need.";
        }

        @Override
        public List<EditMerge.Difference<TemplateMerge.Part>> differences(MessageTemplate base, MessageTemplate mine,
                MessageTemplate theirs) {
            return TemplateMerge.differences(base, mine, theirs);
        }

        @Override
        public MessageTemplate merge(MessageTemplate mine, MessageTemplate theirs, Set<TemplateMerge.Part> fromTheirs) {
            return TemplateMerge.merge(mine, theirs, fromTheirs);
        }
    };

    private TemplateSaves() {
    }

    static SaveFlow<MessageTemplate, TemplateMerge.Part> flow(SettingsService service, Background background,
            DialogService dialogs) {
        return new SaveFlow<>(MessageTemplate.class, service::saveTemplate, service::templates, TEMPLATES,
                "save the template", background, dialogs);
    }
}
