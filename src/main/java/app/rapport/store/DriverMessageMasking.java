package app.rapport.store;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The log message ({@code %maskedMsg} in logback.xml), with the values a database library might quote masked:
 * quoted SQL literals ({@code 'Bulk Creator 44767'}) and PostgreSQL's key details ({@code Key (email)=(…)}).
 * Only the pool's, the driver's, Jdbi's and Flyway's lines are touched; Rapport's own lines never carry values.
 */
public final class DriverMessageMasking extends MessageConverter {

    private static final List<String> LIBRARIES = List.of("com.zaxxer.hikari", "org.postgresql", "org.jdbi",
            "org.flywaydb", "org.h2");
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern KEY_DETAIL = Pattern.compile("\\)=\\([^)]*\\)");

    @Override
    public String convert(ILoggingEvent event) {
        String message = super.convert(event);
        String logger = event.getLoggerName();
        if (message == null || logger == null || LIBRARIES.stream().noneMatch(logger::startsWith)) {
            return message;
        }
        return mask(message);
    }

    /** {@code text} with quoted literals and key details replaced by {@code ?}. */
    static String mask(String text) {
        return KEY_DETAIL.matcher(QUOTED.matcher(text).replaceAll("'?'")).replaceAll(")=(?)");
    }
}
