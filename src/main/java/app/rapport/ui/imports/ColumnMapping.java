package app.rapport.ui.imports;

import app.rapport.domain.RuleViolation;
import app.rapport.domain.sheet.ColumnGuess;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.sheet.RawTable;
import app.rapport.service.ImportService;
import app.rapport.ui.common.Texts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The wizard's mapping step: one row per column of the file, with samples and the field it fills. */
final class ColumnMapping {

    private final ObservableList<MappingRow> rows = FXCollections.observableArrayList();

    ObservableList<MappingRow> rows() {
        return rows;
    }

    /** Shows the file's columns with what each was guessed to hold and why. */
    void show(RawTable table, Map<String, ColumnGuess> guesses) {
        // Any column could be engagement once the user maps it: ask about fractions wherever values are <= 1.
        Map<String, ImportField> asEngagement = new LinkedHashMap<>();
        table.headers().forEach(h ->
                asEngagement.put(h, ImportField.named("instagram.engagement", null).orElseThrow()));
        Map<String, Boolean> small = ImportService.engagementAsFractions(table, asEngagement, indexOf(table));
        rows.setAll(table.headers().stream().map(h -> {
            ColumnGuess guess = guesses.getOrDefault(h, new ColumnGuess(null, ""));
            return new MappingRow(h, samples(table, h), guess.field(), guess.reason(), small.getOrDefault(h, false));
        }).toList());
    }

    /** Adds a column the user made while checking the rows (names moved out of a handle column). */
    void add(RawTable table, String header, ImportField field, String reason) {
        rows.add(new MappingRow(header, samples(table, header), field, reason, false));
    }

    /**
     * The mapping chosen, header to field, ignored columns left out; a field used twice is refused, except those
     * several columns fill together (tags, notes, real name, languages).
     */
    Map<String, ImportField> chosen() {
        Map<String, ImportField> chosen = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (MappingRow row : rows) {
            ImportField field = row.fieldProperty().get();
            if (field != null) {
                if (!used.add(field.id()) && !field.isJoined()) {
                    throw new RuleViolation(Texts.text("imports.mapping.usedTwice", field.id()));
                }
                chosen.put(row.header(), field);
            }
        }
        return chosen;
    }

    /** The engagement columns the user says hold fractions. */
    Set<String> fractionColumns() {
        return rows.stream().filter(r -> r.fieldProperty().get() != null
                        && "engagement".equals(r.fieldProperty().get().part()) && r.fractionsProperty().get())
                .map(MappingRow::header).collect(Collectors.toSet());
    }

    private static Map<String, Integer> indexOf(RawTable table) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            index.put(table.headers().get(i), i);
        }
        return index;
    }

    private static String samples(RawTable table, String header) {
        int c = table.headers().indexOf(header);
        return table.rows().stream().map(r -> r.get(c)).filter(v -> !v.isBlank()).limit(3)
                .map(v -> v.length() > 24 ? v.substring(0, 24) + "…" : v).collect(Collectors.joining(", "));
    }
}
