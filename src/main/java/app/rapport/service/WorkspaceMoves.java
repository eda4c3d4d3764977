package app.rapport.service;

import app.rapport.domain.RuleViolation;
import app.rapport.domain.TeamServer;
import app.rapport.domain.text.DomainTexts;
import app.rapport.store.Backups;
import app.rapport.store.Database;
import app.rapport.store.Workspace;
import app.rapport.store.WorkspaceCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moving a workspace between this computer and a team server. Every row of every table is copied in one
 * transaction and counted on both sides before it is kept; the workspace moved from is left as it was.
 */
public final class WorkspaceMoves {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceMoves.class);

    private WorkspaceMoves() {
    }

    /**
     * Copies the local workspace into an empty team database. The local workspace stays as it is, with a
     * backup made first, so it keeps what was moved. Returns the rows per table.
     */
    public static Map<String, Long> toTeam(Path localRoot, String localPassword, TeamServer server,
            String teamPassword) {
        Workspace workspace = Workspace.at(localRoot);
        if (!Files.exists(workspace.databaseFile())) {
            throw new RuleViolation(DomainTexts.text("workspace.nothingToCopy", localRoot));
        }
        try (Database local = Database.open(workspace, localPassword);
                Database team = Database.openTeam(server, teamPassword)) {
            new Backups(workspace, local).create("before-move");
            Map<String, Long> rows = WorkspaceCopy.copy(local, team);
            LOG.info("Copied the local workspace to the team server: {} tables", rows.size());
            return rows;
        }
    }

    /**
     * Copies a team workspace into a new local workspace in {@code newRoot}, which must not hold one yet; when
     * the copy fails, the new folder is removed again. Returns the rows per table.
     */
    public static Map<String, Long> toLocal(TeamServer server, String teamPassword, Path newRoot) {
        if (Session.exists(newRoot)) {
            // Said before the server is asked for anything.
            throw new RuleViolation(DomainTexts.text("workspace.folderTaken", newRoot));
        }
        try (Database team = Database.openTeam(server, teamPassword)) {
            return copyInto(team, newRoot);
        }
    }

    /** Copies an open workspace into a new local one in {@code newRoot}; a failed copy leaves no workspace there. */
    static Map<String, Long> copyInto(Database source, Path newRoot) {
        if (Session.exists(newRoot)) {
            throw new RuleViolation(DomainTexts.text("workspace.folderTaken", newRoot));
        }
        boolean existed = Files.exists(newRoot);
        Map<String, Long> rows;
        try (Database local = Database.open(Workspace.at(newRoot))) {
            rows = WorkspaceCopy.copy(source, local);
        } catch (RuntimeException e) {
            removeNewWorkspace(newRoot, existed);
            throw e;
        }
        LOG.info("Copied a workspace to a new local one: {} tables", rows.size());
        return rows;
    }

    private static void removeNewWorkspace(Path root, boolean keepFolder) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !keepFolder || !p.equals(root))
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove the unfinished local copy: {}", e.getClass().getSimpleName());
        }
    }
}
