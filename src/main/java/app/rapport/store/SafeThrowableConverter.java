package app.rapport.store;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.CoreConstants;
import java.sql.SQLException;

/**
 * Writes a logged failure as the log may keep it ({@code %safeEx} in logback.xml): exception types, SQL states
 * and code locations, never messages. A driver's or pool's exception message can hold a whole statement with
 * its values (a contact's name, email, phone), and libraries log those without asking us; this holds for
 * every logger, as {@code SafeLog} does for Rapport's own.
 */
public final class SafeThrowableConverter extends ThrowableHandlingConverter {

    private static final int FRAMES = 20;
    private static final int CAUSES = 8;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int depth = 0; proxy != null && depth < CAUSES; depth++, proxy = proxy.getCause()) {
            out.append(depth == 0 ? "" : "Caused by: ").append(proxy.getClassName()).append(sqlState(proxy))
                    .append(CoreConstants.LINE_SEPARATOR);
            StackTraceElementProxy[] frames = proxy.getStackTraceElementProxyArray();
            int shown = Math.min(FRAMES, frames.length - proxy.getCommonFrames());
            for (int i = 0; i < Math.max(shown, 0); i++) {
                out.append("\tat ").append(frames[i].getStackTraceElement()).append(CoreConstants.LINE_SEPARATOR);
            }
            if (frames.length > shown) {
                out.append("\t... ").append(frames.length - Math.max(shown, 0)).append(" more")
                        .append(CoreConstants.LINE_SEPARATOR);
            }
        }
        return out.toString();
    }

    /** The SQL state says what kind of failure it was (08: connection, 23: constraint) without any value. */
    private static String sqlState(IThrowableProxy proxy) {
        return proxy instanceof ThrowableProxy real && real.getThrowable() instanceof SQLException sql
                && sql.getSQLState() != null ? " (SQL state " + sql.getSQLState() + ")" : "";
    }
}
