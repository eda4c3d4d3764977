package app.rapport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The folder that holds one user's data: the database file, backups and logs. */
public final class Workspace {

    /** Environment variable that overrides the default location. */
    public static final String ENVIRONMENT_VARIABLE = "RAPPORT_WORKSPACE";
    private static final String DATABASE_NAME = "rapport";

    private final Path root;

    private Workspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** A workspace in the given folder (not yet created). */
    public static Workspace at(Path root) {
        return new Workspace(root);
    }

    /**
     * The folder to use when none is given on the command line: {@code RAPPORT_WORKSPACE}, else the
     * operating system's per-user data folder.
     */
    public static Path defaultRoot(Map<String, String> env, String osName, Path home) {
        String override = env.get(ENVIRONMENT_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Rapport")
                    : home.resolve("AppData").resolve("Roaming").resolve("Rapport");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Rapport");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "rapport")
                : home.resolve(".local").resolve("share").resolve("rapport");
    }

    /** Creates the workspace's folders if they do not exist yet, readable by their owner only. */
    public Workspace create() throws IOException {
        Files.createDirectories(root);
        PrivateFiles.secure(root);
        Files.createDirectories(backupsDir());
        PrivateFiles.secure(backupsDir());
        Files.createDirectories(logsDir());
        PrivateFiles.secure(logsDir());
        return this;
    }

    public Path root() {
        return root;
    }

    /** The database path as H2 names it, without the ".mv.db" H2 appends. */
    public Path databaseBase() {
        return root.resolve(DATABASE_NAME);
    }

    /** The database file itself. */
    public Path databaseFile() {
        return root.resolve(DATABASE_NAME + ".mv.db");
    }

    /** The file whose operating-system lock says which process has the workspace open. */
    public Path lockFile() {
        return root.resolve("rapport.lock");
    }

    public Path backupsDir() {
        return root.resolve("backups");
    }

    public Path logsDir() {
        return root.resolve("logs");
    }

    /**
     * A private folder for temporary files of work on the workspace (a spreadsheet being written), so they stay
     * under the workspace's permissions and are wiped at the next open if the work is killed.
     */
    public Path tempDir() {
        return root.resolve(".tmp");
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
