package app.rapport.store;

import static app.rapport.domain.Change.Kind.SETTINGS;

import app.rapport.domain.Change;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Workspace settings as named text values, kept in the workspace so they travel with its backups. */
public final class SettingsRepository {

    private final Handle handle;

    private final Change.Recorder changes;

    SettingsRepository(Handle handle, Change.Recorder changes) {
        this.handle = handle;
        this.changes = changes;
    }

    public Optional<String> get(String name) {
        return handle.createQuery("SELECT setting_value FROM setting WHERE name = :n")
                .bind("n", name).mapTo(String.class).findOne();
    }

    public Map<String, String> all() {
        return handle.createQuery("SELECT name, setting_value FROM setting")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public void put(String name, String value) {
        int updated = handle.createUpdate("UPDATE setting SET setting_value = :v WHERE name = :n")
                .bind("n", name).bind("v", value).execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO setting (name, setting_value) VALUES (:n, :v)")
                    .bind("n", name).bind("v", value).execute();
        }
        changes.changed(SETTINGS, Change.SETTINGS_ID);
    }
}
