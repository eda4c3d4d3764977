package app.rapport.ui.settings;

import app.rapport.domain.MessageTemplate;
import app.rapport.domain.TemplateMerge;
import app.rapport.service.Settings;
import app.rapport.service.SettingsMerge;
import app.rapport.service.SettingsService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.EditConflicts;
import app.rapport.ui.common.SaveFlow;
import app.rapport.ui.common.Texts;
import java.util.function.BinaryOperator;

/**
 * How the settings and the template form save: compared side by side after someone else's save, kept while the
 * team server is away.
 */
final class SettingsSaves {

    /** What the status bar says while a save waits for the team server. */
    static String waiting() {
        return Texts.text("settings.saves.waiting");
    }

    /** How settings are compared when two people changed the same ones. */
    static final EditConflicts.Kind<Settings, SettingsMerge.Part> SETTINGS = new EditConflicts.Kind<>(
            settings -> Texts.text("settings.saves.theSettings"),
            // Settings read as defaults when none are stored, so there is always a "theirs".
            mine -> Texts.text("settings.saves.saveAgain"),
            SettingsMerge::differences, SettingsMerge::merge);

    /** How templates are compared when two people saved the same one. */
    static final EditConflicts.Kind<MessageTemplate, TemplateMerge.Part> TEMPLATES = new EditConflicts.Kind<>(
            template -> Texts.text("settings.saves.theTemplate", template.name()),
            mine -> Texts.text("settings.saves.templateDeletedElsewhere", mine.name()),
            TemplateMerge::differences, TemplateMerge::merge);

    private SettingsSaves() {
    }

    static SaveFlow<Settings, SettingsMerge.Part> settings(SettingsService service, Background background,
            DialogService dialogs) {
        return new SaveFlow<>(Settings.class, (BinaryOperator<Settings>) service::save, service::settings, SETTINGS,
                "save the settings", "errors.saves.settings", background, dialogs);
    }

    static SaveFlow<MessageTemplate, TemplateMerge.Part> templates(SettingsService service, Background background,
            DialogService dialogs) {
        return new SaveFlow<>(MessageTemplate.class, service::saveTemplate, service::templates, TEMPLATES,
                "save the template", "errors.saves.template", background, dialogs);
    }
}
