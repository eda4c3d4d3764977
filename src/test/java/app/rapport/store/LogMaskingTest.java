package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.LogFiles;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * The app's own logging set-up keeps a failed statement's values out of the log file, whoever logs it: the
 * warning HikariCP wrote when the server went away mid-import carried the driver's whole INSERT with a
 * contact's name, email and phone.
 */
class LogMaskingTest {

    @TempDir
    Path logs;

    @Test
    void aPoolWarningWithTheDriversFailedInsertKeepsItsKindAndPlaceButNoValue() throws Exception {
        LoggerContext context = appLogging();
        BatchUpdateException batch = new BatchUpdateException("Batch entry 12 INSERT INTO contact (display_name, "
                + "email, phone, city) VALUES ('Bulk Creator 44767', 'bulk44767@example.com', '+44 7700 044767', "
                + "'Leeds') was aborted: FATAL: terminating connection due to administrator command", "57P01",
                0, new int[0], new SQLException("Key (email)=(bulk44767@example.com) already exists.", "23505"));
        Logger hikari = context.getLogger("com.zaxxer.hikari.pool.ProxyConnection");

        hikari.warn("{} - Connection {} marked as broken because of SQLSTATE({}), ErrorCode({})", "rapport-team",
                "org.postgresql.jdbc.PgConnection@6f044c58", "57P01", 0, batch);
        hikari.warn("Failed to execute ({}) with ('{}')", "INSERT …", "Bulk Creator 44767");
        context.getLogger("app.rapport.service.ImportService").info("Import: {} added", 3);
        context.stop();

        String written = Files.readString(logs.resolve("rapport.log"), StandardCharsets.UTF_8);
        assertThat(written).as("log written with status %s", context.getStatusManager().getCopyOfStatusList())
                .contains("marked as broken because of SQLSTATE(57P01)")
                .contains("java.sql.BatchUpdateException (SQL state 57P01)")
                .contains("at app.rapport.store.LogMaskingTest.")
                .contains("Failed to execute (INSERT …) with ('?')")
                .contains("Import: 3 added");
        for (String value : new String[] {"Bulk Creator", "bulk44767", "7700", "Leeds", "already exists"}) {
            assertThat(written).doesNotContain(value);
        }
    }

    @Test
    void quotedLiteralsAndKeyDetailsAreMaskedInALibrarysMessage() {
        assertThat(DriverMessageMasking.mask("VALUES ('O''Brien', 'a@b.example', 42) Key (email)=(a@b.example)"))
                .isEqualTo("VALUES ('?', '?', 42) Key (email)=(?)");
    }

    private LoggerContext appLogging() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("rapport.logs", logs.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogMaskingTest.class.getResource("/logback.xml"));
        LogFiles.attach(context, logs);
        return context;
    }
}
