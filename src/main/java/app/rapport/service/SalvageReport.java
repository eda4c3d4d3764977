package app.rapport.service;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a salvage saved: the new workspace's folder, the rows saved per table, and the rows read back that could
 * not be put in the new workspace (they pointed to rows that were lost).
 */
public record SalvageReport(Path folder, Map<String, Long> rows, long rowsLeftOut) {

    public SalvageReport {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** The contacts saved. */
    public long contacts() {
        return rows.getOrDefault("contact", 0L);
    }

    /** The rows saved in all tables. */
    public long total() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
