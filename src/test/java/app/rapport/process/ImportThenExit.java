package app.rapport.process;

import app.rapport.domain.sheet.ExportProgress;
import app.rapport.domain.sheet.RawTable;
import app.rapport.exchange.ColumnGuesser;
import app.rapport.exchange.TableReader;
import app.rapport.service.ImportPlan;
import app.rapport.service.ImportService;
import app.rapport.service.Session;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Child process: imports a CSV into the workspace the way {@code rapport import} does, printing "IMPORTING" when
 * the rows start going in and "DONE n" when they are committed.
 */
public final class ImportThenExit {

    private ImportThenExit() {
    }

    public static void main(String[] args) throws Exception {
        try (Session session = Session.open(Path.of(args[0]), Clock.systemUTC())) {
            RawTable table = TableReader.readCsv(Path.of(args[1]), TableReader.CsvOptions.DETECT);
            ImportPlan plan = session.imports().plan(table, ColumnGuesser.guess(table, null));
            System.out.println("IMPORTING " + plan.rows().size());
            var report = session.imports().commit(plan, ImportService.OnDuplicate.SKIP, ExportProgress.NONE);
            System.out.println("DONE " + report);
        }
    }
}
