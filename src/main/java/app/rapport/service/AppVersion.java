package app.rapport.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of Rapport, as set in the build. */
public final class AppVersion {

    private AppVersion() {
    }

    /** The version, such as "0.1.0". */
    public static String get() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/app/rapport/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
