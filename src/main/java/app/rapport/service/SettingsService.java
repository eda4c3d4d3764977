package app.rapport.service;

import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.NoReplyRule;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.text.DomainTexts;
import app.rapport.store.Database;
import app.rapport.store.SettingsRepository;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The workspace's settings and message templates. */
public final class SettingsService {

    private static final String BRAND = "brand.name";
    private static final String MY_NAME = "sender.name";
    private static final String RULE_ON = "followup.noReply.enabled";
    private static final String RULE_DAYS = "followup.noReply.days";

    private final Database database;

    public SettingsService(Database database) {
        this.database = database;
    }

    public Settings settings() {
        return database.inTransaction(repos -> read(repos.settings()));
    }

    static Settings read(SettingsRepository repo) {
        Map<String, String> all = repo.all();
        int days = NoReplyRule.DEFAULT_DAYS;
        try {
            days = Integer.parseInt(all.getOrDefault(RULE_DAYS, Integer.toString(NoReplyRule.DEFAULT_DAYS)));
        } catch (NumberFormatException e) {
            // A hand-edited value: fall back to the default.
        }
        return new Settings(all.getOrDefault(BRAND, ""), all.getOrDefault(MY_NAME, ""),
                new NoReplyRule(Boolean.parseBoolean(all.getOrDefault(RULE_ON, "false")),
                        Math.max(1, Math.min(365, days))));
    }

    /** Saves every setting as given (the command line and tests, where no one else is editing). */
    public Settings save(Settings settings) {
        return database.inTransaction(repos -> {
            write(repos.settings(), settings);
            return read(repos.settings());
        });
    }

    /**
     * Saves the settings the user changed from {@code before} (as the form was filled) to {@code after}; the
     * others are left as stored, so someone else's change to them stays.
     *
     * @throws ChangedElsewhereException with the stored settings when someone else changed one of the same
     *                                   settings meanwhile; nothing was written
     */
    public Settings save(Settings before, Settings after) {
        return database.inTransaction(repos -> {
            Settings stored = read(repos.settings());
            List<SettingsMerge.Part> changed = Arrays.stream(SettingsMerge.Part.values())
                    .filter(p -> !p.of(before).equals(p.of(after))).toList();
            if (changed.stream().anyMatch(p -> !p.of(stored).equals(p.of(before)))) {
                throw new ChangedElsewhereException(stored);
            }
            Set<SettingsMerge.Part> keep = EnumSet.allOf(SettingsMerge.Part.class);
            changed.forEach(keep::remove);
            write(repos.settings(), SettingsMerge.merge(after, stored, keep));
            return read(repos.settings());
        });
    }

    private static void write(SettingsRepository repo, Settings settings) {
        repo.put(BRAND, settings.brandName().strip());
        repo.put(MY_NAME, settings.myName().strip());
        repo.put(RULE_ON, Boolean.toString(settings.noReplyRule().enabled()));
        repo.put(RULE_DAYS, Integer.toString(settings.noReplyRule().days()));
    }

    /** The columns the user last picked for each sheet format (none remembered: every column). */
    public Map<ExportService.Format, List<String>> exportColumns() {
        return database.inTransaction(repos -> {
            Map<ExportService.Format, List<String>> remembered = new EnumMap<>(
                    ExportService.Format.class);
            for (ExportService.Format format : ExportService.Format.values()) {
                repos.settings().get("export.columns." + format.name())
                        .filter(v -> !v.isBlank())
                        .ifPresent(v -> remembered.put(format, List.of(v.split(","))));
            }
            return remembered;
        });
    }

    /** Remembers the columns picked for a format ({@code []} for every column). */
    public void rememberExportColumns(ExportService.Format format, List<String> columns) {
        database.inTransaction(repos -> {
            repos.settings().put("export.columns." + format.name(), String.join(",", columns));
            return null;
        });
    }

    /** The templates with these ids that still exist. */
    public List<MessageTemplate> templatesWithIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : database.inTransaction(repos -> repos.templates().findByIds(ids));
    }

    public List<MessageTemplate> templates() {
        return database.inTransaction(repos -> repos.templates().findAll());
    }

    /**
     * Saves a template after checking it.
     *
     * @throws RuleViolation for a missing name or body, an unknown merge field, or a name in use
     */
    public MessageTemplate saveTemplate(MessageTemplate template) {
        template.check();
        return database.inTransaction(repos -> {
            if (repos.templates().nameTaken(template.name(), template.id())) {
                throw new RuleViolation(DomainTexts.text("template.nameTaken", template.name()));
            }
            return repos.templates().save(template);
        });
    }

    public void deleteTemplate(long id) {
        database.inTransaction(repos -> {
            repos.templates().delete(id);
            return null;
        });
    }
}
