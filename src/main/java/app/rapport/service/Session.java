package app.rapport.service;

import app.rapport.domain.RuleViolation;
import app.rapport.domain.TeamServer;
import app.rapport.domain.UserError;
import app.rapport.domain.safety.PasswordStrength;
import app.rapport.domain.text.DomainTexts;
import app.rapport.store.Database;
import app.rapport.store.PasswordNeededException;
import app.rapport.store.Workspace;
import app.rapport.store.WorkspaceCopy;
import app.rapport.store.WorkspaceDamagedException;
import app.rapport.store.WorkspaceUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** An open workspace and the services that work on it; closing it closes the database. */
public final class Session implements AutoCloseable, WorkspaceEncryption {

    private final Workspace workspace;
    private final Database database;
    private final ContactService contacts;
    private final OutreachService outreach;
    private final SettingsService settings;
    private final DealService deals;
    private final CampaignService campaigns;
    private final ExportService exports;
    private final ImportService imports;
    private final SearchService search;
    private final DashboardService dashboard;
    private final BackupService backups;
    private final ChangeFeed changes;

    private Session(Workspace workspace, Database database, Clock clock) {
        this.workspace = workspace;
        this.database = database;
        this.contacts = new ContactService(database, clock);
        this.outreach = new OutreachService(database, clock);
        this.settings = new SettingsService(database);
        this.deals = new DealService(database, clock);
        this.campaigns = new CampaignService(database, clock);
        // Files follow the computer's region, not Rapport's language: Excel splits CSV by the computer's list
        // separator, paper sizes and the dashboard's home currency are where the user lives.
        this.exports = new ExportService(clock.getZone(), Locale.getDefault(), workspace.tempDir());
        this.imports = new ImportService(database, clock, Locale.getDefault(),
                () -> {
                    if (!isTeam()) {
                        backups().automatic("before-import");
                    }
                });
        this.search = new SearchService(database, clock);
        this.dashboard = new DashboardService(database, clock, Locale.getDefault());
        this.backups = new BackupService(database, clock);
        this.changes = new ChangeFeed(database);
    }

    /**
     * Opens the workspace in the folder, creating it on first use.
     *
     * @throws UserError when it cannot be opened, with what to do about it
     */
    public static Session open(Path workspaceRoot, Clock clock) {
        return open(workspaceRoot, clock, null);
    }

    /**
     * Opens the workspace with its password ({@code null} for a plain one; a new workspace given a password is
     * created encrypted).
     *
     * @throws UserError also when the password is missing or wrong; {@link #needsPassword}
     *     tells those apart
     */
    public static Session open(Path workspaceRoot, Clock clock, String password) {
        Session session = openWithoutHousekeeping(workspaceRoot, clock, password);
        session.housekeeping();
        return session;
    }

    /**
     * The same without the start-up {@link #housekeeping}, which the window runs once it shows: at 100,000
     * contacts the day's first backup takes a while, and the user should not wait for it.
     */
    public static Session openWithoutHousekeeping(Path workspaceRoot, Clock clock, String password) {
        Workspace workspace = Workspace.at(workspaceRoot);
        return new Session(workspace, Database.open(workspace, password), clock);
    }

    /**
     * Opens a team workspace on its PostgreSQL server; {@code localFolder} keeps this computer's logs.
     *
     * @throws UserError when the server cannot be reached, refuses the password, or lacks the
     *     database, with what to do about it
     */
    public static Session openTeam(Path localFolder, TeamServer server, String password,
            Clock clock) {
        Session session = new Session(Workspace.at(localFolder), Database.openTeam(server, password), clock);
        session.housekeeping();
        return session;
    }

    /** Where the workspace is, as the user knows it: its folder, or its team server's address. */
    public String describe() {
        return isTeam() ? database.teamServer().address() : workspace.root().toString();
    }

    /**
     * Copies this local workspace into an empty team database, after a backup; the local file stays as it was.
     * Returns the rows per table, counted on both sides.
     */
    public Map<String, Long> copyToTeam(TeamServer server, String password) {
        if (isTeam()) {
            throw new RuleViolation(DomainTexts.text("workspace.alreadyTeam"));
        }
        backups.automatic("before-move");
        try (Database team = Database.openTeam(server, password)) {
            return WorkspaceCopy.copy(database, team);
        }
    }

    /**
     * Copies this team workspace into a new local workspace in {@code newRoot} (which must not hold one yet);
     * the team workspace stays as it is. Returns the rows per table, counted on both sides.
     */
    public Map<String, Long> copyToLocal(Path newRoot) {
        if (!isTeam()) {
            throw new RuleViolation(DomainTexts.text("workspace.alreadyLocal"));
        }
        return WorkspaceMoves.copyInto(database, newRoot);
    }

    /** Forgets the team server this folder pointed to, so it opens its own local workspace again. */
    public static void forgetTeam(Path workspaceRoot) {
        try {
            Files.deleteIfExists(teamLink(workspaceRoot));
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(DomainTexts.text("workspace.cannotChange", workspaceRoot), e);
        }
    }

    /** Whether the folder holds a local workspace file (beside a team link, it is the one from before the move). */
    public static boolean hasLocalFile(Path workspaceRoot) {
        return Files.exists(Workspace.at(workspaceRoot).databaseFile());
    }

    /** Whether this is a team workspace on a PostgreSQL server rather than a file on this computer. */
    public boolean isTeam() {
        return database.teamServer() != null;
    }

    /** Deletes contacts 30 days in the Trash and makes the day's first backup, if not made yet. */
    public void housekeeping() {
        try {
            contacts.purgeOldTrash();
            if (!isTeam()) {
                backups.dailyBackup();
            }
        } catch (RuntimeException e) {
            // A missed daily backup must not keep the user out of their workspace; the next start tries again.
            LoggerFactory.getLogger(Session.class).warn("Start-up housekeeping (trash, daily backup) failed", e);
        }
    }

    /**
     * Whether the folder already holds a workspace, or points to a team workspace (false on first use, before
     * anything is created).
     */
    public static boolean exists(Path workspaceRoot) {
        return Files.exists(Workspace.at(workspaceRoot).databaseFile())
                || rememberedTeam(workspaceRoot).isPresent();
    }

    /** The file in a workspace folder that names the team server this computer works on. */
    private static Path teamLink(Path workspaceRoot) {
        return workspaceRoot.resolve("team-workspace.txt");
    }

    /** Remembers that this folder's workspace is a team workspace on {@code server} (never its password). */
    public static void rememberTeam(Path workspaceRoot, TeamServer server) {
        try {
            Files.createDirectories(workspaceRoot);
            Files.writeString(teamLink(workspaceRoot), server.address() + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(DomainTexts.text("export.notWritable", workspaceRoot), e);
        }
    }

    /**
     * The team server this folder's workspace is on, if the folder points to one (a local file beside it is the
     * workspace as it was before it moved there; deleting {@code team-workspace.txt} goes back to it).
     */
    public static Optional<TeamServer> rememberedTeam(Path workspaceRoot) {
        Path link = teamLink(workspaceRoot);
        if (!Files.isRegularFile(link)) {
            return Optional.empty();
        }
        try {
            return Optional.of(TeamServer.parseRemembered(
                    Files.readString(link, StandardCharsets.UTF_8).strip()));
        } catch (IOException | RuleViolation e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a failure to open was a damaged workspace file (so a backup can be restored, or what can be read
     * salvaged), rather than a folder out of reach, a lock or a password.
     */
    public static boolean isDamaged(Throwable failure) {
        return failure instanceof WorkspaceDamagedException;
    }

    /** Whether a failure to open was for want of the right password (so the app asks again). */
    public static boolean needsPassword(Throwable failure) {
        return failure instanceof PasswordNeededException;
    }

    /** Whether the workspace file is encrypted. */
    @Override
    public boolean isEncrypted() {
        return database.isEncrypted();
    }

    /**
     * Encrypts the workspace with a new password, changes it, or with {@code null} removes the encryption.
     * Every backup is carried over to the new key in the same step (one that cannot be is overwritten and
     * deleted), so no backup opens with the old password or lies in plain text beside an encrypted workspace.
     *
     * @throws RuleViolation for a password shorter than {@value #MIN_PASSWORD} characters
     */
    @Override
    public void changeEncryption(String newPassword) {
        if (newPassword != null && newPassword.length() < MIN_PASSWORD) {
            throw new RuleViolation(DomainTexts.text("workspace.passwordTooShort", MIN_PASSWORD));
        }
        try {
            database.rekey(newPassword);
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(DomainTexts.text("workspace.encryptionUnchanged"), e);
        }
    }

    /** The shortest password Rapport accepts for a workspace. */
    public static final int MIN_PASSWORD = PasswordStrength.MIN_LENGTH;

    /** How hard a new password is to guess, with one sentence of advice, for wherever one is chosen. */
    public static PasswordStrength rate(String password) {
        return PasswordStrength.rate(password);
    }

    /** The workspace folder used when none is named: {@code RAPPORT_WORKSPACE}, else the OS's user data folder. */
    public static Path defaultWorkspaceRoot(Map<String, String> env, String osName, Path home) {
        return Workspace.defaultRoot(env, osName, home);
    }

    /** Where a workspace in this folder keeps its logs. */
    public static Path logsDir(Path workspaceRoot) {
        return Workspace.at(workspaceRoot).logsDir();
    }

    /** Every change committed to this workspace, for screens to follow. */
    public ChangeFeed changes() {
        return changes;
    }

    public ContactService contacts() {
        return contacts;
    }

    public OutreachService outreach() {
        return outreach;
    }

    public BackupService backups() {
        return backups;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public SearchService search() {
        return search;
    }

    public ImportService imports() {
        return imports;
    }

    public ExportService exports() {
        return exports;
    }

    public CampaignService campaigns() {
        return campaigns;
    }

    public DealService deals() {
        return deals;
    }

    public SettingsService settings() {
        return settings;
    }

    public Path workspaceRoot() {
        return workspace.root();
    }

    @Override
    public void close() {
        database.close();
    }
}
