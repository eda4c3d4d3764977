package app.rapport.cli;

import static app.rapport.cli.Say.say;

import app.rapport.domain.DiskFullException;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import app.rapport.domain.text.Messages;
import app.rapport.service.AppVersion;
import app.rapport.service.DiskSpace;
import app.rapport.service.LogFiles;
import app.rapport.service.SafeLog;
import app.rapport.service.Session;
import app.rapport.service.WorkspaceFolder;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code rapport [--workspace DIR] [COMMAND]}: opens the window, or runs a command without one. */
@Command(name = "rapport",
        mixinStandardHelpOptions = true,
        versionProvider = RapportCommand.Version.class,
        subcommands = {SampleCommand.class, ImportCommand.class, ExportCommand.class, ListCommand.class,
            BackupCommand.class, RestoreCommand.class, CheckCommand.class, EncryptCommand.class,
            DecryptCommand.class, ChangePasswordCommand.class, CopyToTeamCommand.class, CopyToLocalCommand.class,
            SalvageCommand.class})
public final class RapportCommand implements Runnable {

    /** The bundle of the help's texts, in every language the app ships. */
    static final String HELP = "app.rapport.cli.help";
    /** The bundle of what the commands say as they work. */
    static final String MESSAGES = "app.rapport.cli.messages";

    /** System property naming the log folder, for the sentence that sends the user there. */
    public static final String LOG_DIR_PROPERTY = "rapport.logs";

    private static final Logger LOG = LoggerFactory.getLogger(RapportCommand.class);

    @Option(names = "--workspace", paramLabel = "DIR")
    private Path workspaceDir;

    @Option(names = "--password-file", paramLabel = "FILE")
    private Path passwordFile;

    @Option(names = "--db", paramLabel = "postgresql://USER@HOST:PORT/DATABASE")
    private String teamAddress;

    /** How the window opens when no command is given. */
    @FunctionalInterface
    public interface Window {

        /**
         * @param workspace the workspace folder (for a team workspace: the folder for its logs)
         * @param team      the team server, {@code null} for the local workspace
         * @param password  the password from {@code --password-file}, tried before asking; {@code null} for none
         */
        void open(Path workspace, TeamServer team, String password);
    }

    private final Window openWindow;
    private final Map<String, String> environment;
    /** The workspace folder once a command has chosen it, for the sentence about a full disk. */
    private Path chosenWorkspace;

    /**
     * @param openWindow  what to do when no command is given: open the app on the workspace folder, or on the
     *                    team server ({@code null} for none) with the folder for its logs
     * @param environment the process environment, for {@code RAPPORT_WORKSPACE} and the OS data folders
     */
    public RapportCommand(Window openWindow, Map<String, String> environment) {
        this.openWindow = openWindow;
        this.environment = environment;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, Window openWindow, Map<String, String> environment,
            PrintWriter out, PrintWriter err) {
        RapportCommand rapport = new RapportCommand(openWindow, environment);
        CommandLine commandLine = new CommandLine(rapport);
        commandLine.setResourceBundle(Messages.bundle(HELP));
        commandLine.setOut(out);
        commandLine.setErr(err);
        // A search that starts by excluding (--query -has:email) is a value, not an option: without this, picocli
        // reads "-has:email" as -h (help) and refuses it.
        commandLine.setAllowOptionsAsOptionParameters(true);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println(rapport.userMessage(e));
            cl.getErr().flush();
            return 1;
        });
        return commandLine.execute(args);
    }

    /** Opens the window on the chosen workspace. */
    @Override
    public void run() {
        openWindow.open(workspace(), teamAddress == null ? null : TeamServer.parse(teamAddress),
                passwordFile == null ? null : readPassword(passwordFile));
    }

    /** Opens the chosen workspace, with the password from {@code --password-file} when one is given. */
    Session openSession() {
        Path root = workspace();
        Optional<TeamServer> team = teamServer();
        if (team.isPresent()) {
            return Session.openTeam(root, team.get(), teamPassword(team.get()), Clock.systemDefaultZone());
        }
        return Session.open(root, Clock.systemDefaultZone(), passwordFile == null ? null : readPassword(passwordFile));
    }

    /** The local workspace's password from {@code --password-file}, or {@code null} when none is given. */
    String localPassword() {
        return passwordFile == null ? null : readPassword(passwordFile);
    }

    /** The team server named by {@code --db}, if any. */
    Optional<TeamServer> teamServer() {
        return teamAddress != null ? Optional.of(TeamServer.parse(teamAddress))
                : Session.rememberedTeam(existingWorkspace());
    }

    /** The team server's password: from {@code --password-file}, else asked on the terminal. */
    String teamPassword(TeamServer server) {
        return passwordFile != null ? readPassword(passwordFile) : askPassword(server);
    }

    /** Asks for the team server's password on the terminal, without echo; a script must use a password file. */
    private static String askPassword(TeamServer server) {
        Console console = System.console();
        if (console == null) {
            throw new RuleViolation(say("password.giveFile", server.user()));
        }
        // Through %s, a % in a translation or a user name prints as it is; the space sets the typing apart.
        char[] typed = console.readPassword("%s ", say("password.prompt", server.user(), server.host()));
        return typed == null ? null : new String(typed);
    }

    /** The first line of a password file, without its line break; a missing file is one plain sentence. */
    static String readPassword(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String line = text.lines().findFirst().orElse("");
            if (line.isEmpty()) {
                throw new RuleViolation(say("password.fileEmpty", file));
            }
            return line;
        } catch (IOException e) {
            throw new RuleViolation(say("password.fileUnreadable", file));
        }
    }

    Path passwordFile() {
        return passwordFile;
    }

    /**
     * The workspace chosen on the command line or by default, its folder checked and created; from here on, logs go
     * into it.
     */
    Path workspace() {
        Path absolute = chosenFolder();
        Path logs = WorkspaceFolder.prepare(absolute);
        System.setProperty(LOG_DIR_PROPERTY, logs.toString());
        LogFiles.writeTo(logs);
        return absolute;
    }

    /**
     * The workspace for a command that only reads one (check): prepared like {@link #workspace} when its folder
     * exists, never created when it does not.
     */
    Path existingWorkspace() {
        Path absolute = chosenFolder();
        return Files.isDirectory(absolute) ? workspace() : absolute;
    }

    private Path chosenFolder() {
        Path root = workspaceDir != null ? workspaceDir
                : Session.defaultWorkspaceRoot(environment, System.getProperty("os.name"),
                        Path.of(System.getProperty("user.home")));
        chosenWorkspace = root.toAbsolutePath().normalize();
        return chosenWorkspace;
    }

    /** The one sentence the user reads for a failed command; what went wrong in detail goes to the log. */
    String userMessage(Exception e) {
        boolean deliberate = e instanceof DiskFullException || e instanceof UserError && e.getCause() == null;
        if (!deliberate && DiskSpace.isFull(e, chosenWorkspace)) {
            // A full disk hides behind many failures (H2 cannot write, a backup cannot be made): say it plainly.
            LOG.warn("Command failed on a full disk: {}", SafeLog.describe(e));
            return DiskSpace.full(chosenWorkspace != null ? chosenWorkspace : Path.of("").toAbsolutePath(), e)
                    .getMessage();
        }
        if (e instanceof UserError) {
            if (e.getCause() == null) {
                LOG.info("Command refused: {}",
                        e.getClass().getSimpleName());
            } else {
                // A sentence made from a library's failure (POI on a broken workbook): the trace says what broke.
                LOG.warn("Command refused: {}", SafeLog.describe(e));
            }
            return e.getMessage();
        }
        // A short id on the log line and in the sentence, so that a user's report finds its details.
        String id = String.format(Locale.ROOT, "%08x", ThreadLocalRandom.current().nextInt());
        LOG.error("Command failed (log id {}): {}", id, SafeLog.describe(e));
        String logs = System.getProperty(LOG_DIR_PROPERTY);
        return logs == null ? say("failed.logsUnknown", id) : say("failed", id, logs);
    }

    /** Prints the version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Rapport " + AppVersion.get()};
        }
    }
}
