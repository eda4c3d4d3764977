package app.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.sheet.ColumnGuess;
import app.rapport.domain.sheet.RawTable;
import app.rapport.exchange.ColumnGuesser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures the column guessing on the corpus of real-shaped sheets, with no mapping and no platform given:
 * at least 95 % of all columns right, and every name, handle and follower column.
 */
class ImportCorpusTest {

    @Test
    void columnsOfEverySheetAreUnderstoodWithoutHelp() throws Exception {
        int columns = 0;
        int right = 0;
        int keyColumns = 0;
        int keyRight = 0;
        List<String> misses = new ArrayList<>();
        List<SheetCorpus> sheets = SheetCorpus.all();
        for (SheetCorpus sheet : sheets) {
            RawTable table = sheet.table();
            assertThat(table.headers()).as(sheet.name()).containsExactlyElementsOf(sheet.columns().keySet());
            Map<String, ColumnGuess> guessed = ColumnGuesser.explain(table, null, Map.of(), sheet.name());
            for (Map.Entry<String, String> expected : sheet.columns().entrySet()) {
                ColumnGuess guess = guessed.get(expected.getKey());
                String actual = guess.isIgnored() ? "-" : guess.field().id();
                boolean key = isKey(expected.getValue()) || isKey(actual);
                columns++;
                keyColumns += key ? 1 : 0;
                if (actual.equals(expected.getValue())) {
                    right++;
                    keyRight += key ? 1 : 0;
                } else {
                    misses.add(sheet.name() + ": \"" + expected.getKey() + "\" guessed " + actual + " ("
                            + guess.reason() + "), expected " + expected.getValue());
                }
            }
        }
        double accuracy = 100.0 * right / columns;
        System.out.printf("Import corpus: %d sheets, %d of %d columns right (%.1f %%); name, handle and follower "
                + "columns %d of %d.%n", sheets.size(), right, columns, accuracy, keyRight, keyColumns);
        misses.forEach(m -> System.out.println("  miss: " + m));

        assertThat(sheets).hasSizeGreaterThanOrEqualTo(24);
        assertThat(misses.stream().filter(m -> isKey(m.substring(m.lastIndexOf("expected ") + 9))
                || isKey(m.substring(m.indexOf("guessed ") + 8, m.indexOf(" (", m.indexOf("guessed "))))))
                .as("name, handle and follower columns").isEmpty();
        assertThat(accuracy).as("share of columns right").isGreaterThanOrEqualTo(95.0);
    }

    /** Name, handle and follower columns must all be right. */
    private static boolean isKey(String field) {
        return field.equals("name") || field.endsWith(".handle") || field.endsWith(".followers");
    }
}
