package app.rapport.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the computer is set to dark: JavaFX 21 cannot tell, so this asks the desktop's own settings tool (GNOME's
 * gsettings, Windows' registry, macOS' defaults). Each answer comes within a second or is taken as light; a
 * missing tool is light too. It blocks while asking: call it off the FX thread.
 */
public final class SystemTheme {

    /** How long all the asking may take together. */
    private static final Duration LIMIT = Duration.ofSeconds(1);
    private static final Pattern REGISTRY_VALUE = Pattern.compile("AppsUseLightTheme\\s+REG_DWORD\\s+0x([0-9a-fA-F]+)");

    private SystemTheme() {
    }

    /** Whether this computer prefers dark windows. */
    public static boolean prefersDark() {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return windowsIsDark(ask(deadline, "reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v",
                    "AppsUseLightTheme"));
        }
        if (os.startsWith("mac")) {
            return macIsDark(ask(deadline, "defaults", "read", "-g", "AppleInterfaceStyle"));
        }
        String scheme = ask(deadline, "gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
        if (gnomeSchemeIsDark(scheme)) {
            return true;
        }
        // Older desktops (and those that keep color-scheme at 'default') name the theme instead: "Adwaita-dark".
        return gtkThemeIsDark(ask(deadline, "gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"));
    }

    /** GNOME's color-scheme setting, as gsettings prints it ({@code 'prefer-dark'}). */
    static boolean gnomeSchemeIsDark(String answer) {
        return answer.contains("prefer-dark");
    }

    /** The GTK theme's name, as gsettings prints it ({@code 'Yaru-dark'}). */
    static boolean gtkThemeIsDark(String answer) {
        return answer.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** What {@code reg query … /v AppsUseLightTheme} prints: dark when the value is 0. */
    static boolean windowsIsDark(String answer) {
        Matcher value = REGISTRY_VALUE.matcher(answer);
        return value.find() && Long.parseLong(value.group(1), 16) == 0;
    }

    /** What {@code defaults read -g AppleInterfaceStyle} prints: "Dark", or an error when light. */
    static boolean macIsDark(String answer) {
        return answer.strip().equals("Dark");
    }

    /** The command's output, or "" when it is missing, fails or outlasts the deadline. */
    private static String ask(long deadline, String... command) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return "";
        }
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException missing) {
            return "";
        }
        try {
            if (!process.waitFor(left, TimeUnit.NANOSECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return "";
            }
            try (InputStream out = process.getInputStream()) {
                return new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return "";
        }
    }
}
