package app.rapport.ui.settings;

import app.rapport.domain.EditMerge;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.TemplateMerge;
import app.rapport.service.Settings;
import app.rapport.service.SettingsMerge;
import app.rapport.service.SettingsService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.EditConflicts;
import app.rapport.ui.common.SaveFlow;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * How the settings and the template form save: compared side by side after someone else's save, kept while the
 * team server is away.
 */
final class SettingsSaves {

    /** What the status bar says while a save waits for the team server. */
    static final String WAITING = "The team server cannot be reached: your changes are kept, and saved once the "
            + "server is back.";

    /** How settings are compared when two people changed the same ones. */
    static final EditConflicts.Kind<Settings, SettingsMerge.Part> SETTINGS = new EditConflicts.Kind<>() {
        @Override
        public String name(Settings settings) {
            return "the settings";
        }

        @Override
        public String deleted(Settings mine) {
            // Settings are read as defaults when none are stored, so there is always a "theirs".
            return "Save the settings again.";
        }

        @Override
        public List<EditMerge.Difference<SettingsMerge.Part>> differences(Settings base, Settings mine,
                Settings theirs) {
            return SettingsMerge.differences(base, mine, theirs);
        }

        @Override
        public Settings merge(Settings mine, Settings theirs, Set<SettingsMerge.Part> fromTheirs) {
            return SettingsMerge.merge(mine, theirs, fromTheirs);
        }
    };

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

    private SettingsSaves() {
    }

    static SaveFlow<Settings, SettingsMerge.Part> settings(SettingsService service, Background background,
            DialogService dialogs) {
        return new SaveFlow<>(Settings.class, (BinaryOperator<Settings>) service::save, service::settings, SETTINGS,
                "save the settings", background, dialogs);
    }

    static SaveFlow<MessageTemplate, TemplateMerge.Part> templates(SettingsService service, Background background,
            DialogService dialogs) {
        return new SaveFlow<>(MessageTemplate.class, service::saveTemplate, service::templates, TEMPLATES,
                "save the template", background, dialogs);
    }
}
