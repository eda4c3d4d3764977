package app.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options the installed app and {@code mvn javafx:run} start with ({@code installer/jvm.options}, one per
 * line, {@code #} for comments, the java launcher's argument-file form), so the start-up probe measures the
 * memory a user's Rapport takes.
 */
final class DesktopOptions {

    static final Path FILE = Path.of("installer", "jvm.options");

    private DesktopOptions() {
    }

    static List<String> read() throws IOException {
        return Files.readAllLines(FILE).stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
