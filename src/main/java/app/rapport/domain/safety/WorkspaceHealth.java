package app.rapport.domain.safety;

import app.rapport.domain.text.DomainTexts;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a workspace's integrity check found.
 *
 * @param schemaVersion the last schema change applied, "" when none
 * @param rows          rows per table, by table name
 * @param problems      one sentence per problem; empty when healthy
 */
public record WorkspaceHealth(String schemaVersion, Map<String, Long> rows, List<String> problems) {

    public WorkspaceHealth {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        problems = List.copyOf(problems);
    }

    public boolean healthy() {
        return problems.isEmpty();
    }

    public long contacts() {
        return rows.getOrDefault("contact", 0L);
    }

    /** One line: "Healthy: schema 6, 30 contacts, 412 rows in 19 tables, every link intact." */
    public String verdict() {
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        String schema = schemaVersion.isEmpty() ? DomainTexts.text("health.noSchema") : schemaVersion;
        return healthy() ? DomainTexts.text("health.healthy", schema, contacts(), total, rows.size())
                : DomainTexts.text("health.problems", schema, contacts(), total, rows.size(),
                        String.join(" ", problems));
    }
}
