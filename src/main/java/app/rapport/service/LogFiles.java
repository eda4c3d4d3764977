package app.rapport.service;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Points the log at a workspace's logs folder once that folder is known to exist. Until then the log writes
 * nowhere: logback.xml declares no file, so a workspace that cannot be created (a file, {@code /proc/x}) gives the
 * user one sentence instead of the logging library's own complaints on the terminal.
 */
public final class LogFiles {

    /** The name logback.xml gives its context: the app's own set-up, not the tests' console one. */
    private static final String APP_CONTEXT = "rapport";
    private static final String APPENDER = "FILE";
    /** Masked messages and exceptions without their messages: the words logback.xml defines. */
    private static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %maskedMsg%n%safeEx";

    private LogFiles() {
    }

    /** From now on, writes the log into this existing folder; switches over when another workspace is chosen. */
    public static synchronized void writeTo(Path logsFolder) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && APP_CONTEXT.equals(context.getName())) {
            attach(context, logsFolder);
        }
    }

    /** Writes the log of a context configured from logback.xml into this existing folder. */
    public static synchronized void attach(LoggerContext context, Path logsFolder) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        String file = logsFolder.resolve("rapport.log").toString();
        Appender<ILoggingEvent> current = root.getAppender(APPENDER);
        if (current instanceof RollingFileAppender<ILoggingEvent> rolling && file.equals(rolling.getFile())) {
            return;
        }
        if (current != null) {
            root.detachAppender(current);
            current.stop();
        }
        root.addAppender(fileAppender(context, logsFolder, file));
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path folder, String file) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        // Created readable by its owner only, like every file of the workspace.
        RollingFileAppender<ILoggingEvent> appender = new PrivateLogFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file);
        appender.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve("rapport.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();
        appender.setRollingPolicy(rolling);
        appender.start();
        return appender;
    }
}
