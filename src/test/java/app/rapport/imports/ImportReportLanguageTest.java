package app.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.text.DomainTexts;
import app.rapport.domain.text.Messages;
import app.rapport.service.ImportPlan;
import app.rapport.service.ImportReport;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What an import did reads in the user's language, its plurals as that language makes them. */
class ImportReportLanguageTest {

    private static final ImportPlan.Problem WARNING = new ImportPlan.Problem(4, "Country", "Atlantis",
            "Unknown country; left empty.", ImportPlan.Severity.WARNING);

    @Test
    void theSummaryOfAnImportReadsInGerman() {
        try (Messages.Speaking german = Messages.speak(Locale.GERMANY)) {
            ImportPlan.Problem warning = new ImportPlan.Problem(4, "Land", "Atlantis",
                    DomainTexts.text("import.row.unknownCountry"), ImportPlan.Severity.WARNING);
            ImportReport report = new ImportReport(1200, 1, 0, 1, List.of(warning), List.of(), List.of());

            assertThat(report.summary()).isEqualTo("Importiert 1.200, aktualisiert 1, übersprungen 0; "
                    + "1 fehlerhafte Zeile ausgelassen; 1 Warnung (1 × Unbekanntes Land; leer gelassen).");
        }
    }

    @Test
    void theSummaryInEnglishKeepsItsPluralsApart() {
        ImportReport one = new ImportReport(2, 0, 0, 1, List.of(), List.of(), List.of());
        ImportReport two = new ImportReport(2, 0, 0, 2, List.of(WARNING, WARNING), List.of(), List.of());

        assertThat(one.summary()).isEqualTo("Imported 2, updated 0, skipped 0; 1 row with errors left out.");
        assertThat(two.summary()).isEqualTo("Imported 2, updated 0, skipped 0; 2 rows with errors left out; "
                + "2 warnings (2 × Unknown country; left empty).");
    }
}
