package app.rapport.ui.settings;

import app.rapport.domain.MessageTemplate;
import app.rapport.domain.NoReplyRule;
import app.rapport.domain.TemplateMerge;
import app.rapport.service.Settings;
import app.rapport.service.SettingsMerge;
import app.rapport.service.SettingsService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.RecordBook;
import app.rapport.ui.common.SaveFlow;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** Settings: who writes the messages, the no-reply rule, and the message templates. */
public final class SettingsViewModel {

    // Properties: settings
    private final StringProperty brandName = new SimpleStringProperty(this, "brandName", "");
    private final StringProperty myName = new SimpleStringProperty(this, "myName", "");
    private final BooleanProperty ruleEnabled = new SimpleBooleanProperty(this, "ruleEnabled");
    private final IntegerProperty ruleDays = new SimpleIntegerProperty(this, "ruleDays", NoReplyRule.DEFAULT_DAYS);
    // Properties: the template being edited
    private final ObservableList<MessageTemplate> templates = FXCollections.observableArrayList();
    private final ObjectProperty<MessageTemplate> selectedTemplate = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty templateName = new SimpleStringProperty(this, "templateName", "");
    private final StringProperty templateSubject = new SimpleStringProperty(this, "templateSubject", "");
    private final StringProperty templateBody = new SimpleStringProperty(this, "templateBody", "");
    private final ReadOnlyStringWrapper templateProblem = new ReadOnlyStringWrapper(this, "templateProblem", "");
    private final BooleanBinding canSaveTemplate;

    private final SettingsService service;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine statusLine;
    private final SaveFlow<MessageTemplate, TemplateMerge.Part> templateSaves;
    private final SaveFlow<Settings, SettingsMerge.Part> settingsSaves;
    private Settings loadedSettings = Settings.DEFAULTS;
    private final RecordBook<MessageTemplate> book;
    /** Whether the templates were shown once: the first time, the first one opens in the form. */
    private boolean listShown;

    /** @param book the message templates, kept current by the workspace's changes */
    public SettingsViewModel(SettingsService service, RecordBook<MessageTemplate> book, Background background,
            DialogService dialogs, StatusLine statusLine) {
        this.service = service;
        this.book = book;
        this.background = background;
        this.dialogs = dialogs;
        this.statusLine = statusLine;
        this.templateSaves = SettingsSaves.templates(service, background, dialogs);
        this.settingsSaves = SettingsSaves.settings(service, background, dialogs);
        selectedTemplate.addListener((obs, old, t) -> editTemplate(t));
        templateName.addListener((obs, old, v) -> checkTemplate());
        templateSubject.addListener((obs, old, v) -> checkTemplate());
        templateBody.addListener((obs, old, v) -> checkTemplate());
        canSaveTemplate = Bindings.createBooleanBinding(() -> templateProblem.get().isEmpty()
                && !templateName.get().isBlank() && !templateBody.get().isBlank(),
                templateProblem, templateName, templateBody);
        book.records().addListener((ListChangeListener<MessageTemplate>) change -> templatesChanged());
        load();
    }

    /** Loads settings and templates from the workspace; the first template shows in the form. */
    public void load() {
        background.run(service::settings, this::showSettings,
                failure -> dialogs.showError(Errors.describe(failure, "load the settings", "errors.settings.load")));
        book.load();
        templatesChanged();
    }

    /**
     * The templates changed (here, on another screen, or by someone else on a team workspace): the list follows,
     * and the form too unless the user is editing it (their save then compares).
     */
    private void templatesChanged() {
        List<MessageTemplate> fresh = book.records();
        MessageTemplate shown = selectedTemplate.get();
        boolean edited = shown == null || !(templateName.get().equals(shown.name())
                && templateSubject.get().equals(shown.subject()) && templateBody.get().equals(shown.body()));
        templates.setAll(fresh);
        if (!listShown && !fresh.isEmpty()) {
            listShown = true;
            if (shown == null) {
                selectedTemplate.set(fresh.get(0));
                return;
            }
        }
        if (!edited) {
            selectedTemplate.set(fresh.stream().filter(t -> t.id().equals(shown.id())).findFirst()
                    .orElse(fresh.isEmpty() ? null : fresh.get(0)));
        }
    }

    // Commands

    private void showSettings(Settings s) {
        loadedSettings = s;
        brandName.set(s.brandName());
        myName.set(s.myName());
        ruleEnabled.set(s.noReplyRule().enabled());
        ruleDays.set(s.noReplyRule().days());
    }

    /** Saves who writes and the rule: the ones the user changed, so someone else's other changes stay. */
    public void saveSettings() {
        Settings settings = new Settings(brandName.get(), myName.get(),
                new NoReplyRule(ruleEnabled.get(), Math.max(1, Math.min(365, ruleDays.get()))));
        Runnable waiting = () -> statusLine.show(SettingsSaves.waiting());
        settingsSaves.save(loadedSettings, settings, waiting, (before, saved) -> {
            showSettings(saved);
            statusLine.show(Texts.text("settings.screen.saved"));
        }, theirs -> {
            showSettings(theirs);
            statusLine.show(Texts.text("settings.screen.tookTheirs"));
        }, () -> { });
    }

    /** Starts a new, empty template. */
    public void newTemplate() {
        selectedTemplate.set(null);
        editTemplate(null);
        templateName.set(Texts.text("settings.templates.newName"));
    }

    /** Saves the template being edited. */
    public void saveTemplate() {
        MessageTemplate selected = selectedTemplate.get();
        MessageTemplate edited = new MessageTemplate(selected == null ? null : selected.id(), templateName.get(),
                templateSubject.get(), templateBody.get(), selected == null ? 0 : selected.version());
        templateSaves.save(selected, edited, () -> statusLine.show(SettingsSaves.waiting()),
                (before, saved) -> showTemplate(saved, Texts.text("settings.templates.saved", saved.name())),
                theirs -> showTemplate(theirs, Texts.text("settings.templates.tookTheirs", theirs.name())), () -> { });
    }

    private void showTemplate(MessageTemplate stored, String message) {
        int index = -1;
        for (int i = 0; i < templates.size(); i++) {
            if (templates.get(i).id().equals(stored.id())) {
                index = i;
            }
        }
        if (index >= 0) {
            templates.set(index, stored);
        } else {
            templates.add(stored);
        }
        selectedTemplate.set(stored);
        editTemplate(stored);
        statusLine.show(message);
    }

    /** Deletes the selected template after asking. */
    public void deleteTemplate() {
        MessageTemplate selected = selectedTemplate.get();
        if (selected == null || !dialogs.confirm(Texts.text("settings.templates.deleteTitle"),
                Texts.text("settings.templates.deleteQuestion", selected.name()),
                Texts.text("settings.templates.deleteButton"))) {
            return;
        }
        background.run(() -> {
            service.deleteTemplate(selected.id());
            return selected;
        }, deleted -> {
            templates.remove(deleted);
            selectedTemplate.set(templates.isEmpty() ? null : templates.get(0));
        }, failure -> dialogs.showError(Errors.describe(failure, "delete the template",
                "errors.settings.deleteTemplate")));
    }

    private void editTemplate(MessageTemplate t) {
        templateName.set(t == null ? "" : t.name());
        templateSubject.set(t == null ? "" : t.subject());
        templateBody.set(t == null ? "" : t.body());
    }

    private void checkTemplate() {
        List<String> unknown = new MessageTemplate(null, templateName.get(), templateSubject.get(),
                templateBody.get()).unknownFields();
        templateProblem.set(unknown.isEmpty() ? "" : Texts.text("settings.templates.unknownFields",
                String.join(", ", unknown),
                String.join(" ", MessageTemplate.FIELDS.stream().map(f -> "{" + f + "}").toList())));
    }

    // Properties

    public StringProperty brandNameProperty() {
        return brandName;
    }

    public StringProperty myNameProperty() {
        return myName;
    }

    public BooleanProperty ruleEnabledProperty() {
        return ruleEnabled;
    }

    public IntegerProperty ruleDaysProperty() {
        return ruleDays;
    }

    public ObservableList<MessageTemplate> templates() {
        return templates;
    }

    public ObjectProperty<MessageTemplate> selectedTemplateProperty() {
        return selectedTemplate;
    }

    public StringProperty templateNameProperty() {
        return templateName;
    }

    public StringProperty templateSubjectProperty() {
        return templateSubject;
    }

    public StringProperty templateBodyProperty() {
        return templateBody;
    }

    /** Unknown merge fields in the template being edited, or "". */
    public ReadOnlyStringProperty templateProblemProperty() {
        return templateProblem.getReadOnlyProperty();
    }

    public BooleanBinding canSaveTemplateProperty() {
        return canSaveTemplate;
    }
}
