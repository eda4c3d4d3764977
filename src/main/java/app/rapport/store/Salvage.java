package app.rapport.store;

import app.rapport.domain.RuleViolation;
import app.rapport.domain.text.DomainTexts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FileUtils;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.h2.tools.Recover;
import org.h2.util.ScriptReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves what H2 can still read from a damaged workspace file into a new workspace. H2's {@link Recover} tool
 * reads the file page by page and writes a SQL script of every row it can decode; the script is run into a
 * database in memory, and its rows are copied table by table into a fresh workspace. The damaged file is only
 * read. An encrypted file is decrypted into memory only (H2's {@code memFS:}), never onto the disk.
 */
public final class Salvage {

    private static final Logger LOG = LoggerFactory.getLogger(Salvage.class);
    /** Zeros after a copy cut short, so H2's page dump reads to its end rather than stopping at the cut. */
    private static final int BLOCK = 4096;
    private static final int PADDING = 64 * BLOCK;

    /** The new workspace, the rows saved per table, and the rows that could not be put back. */
    public record Result(Path folder, Map<String, Long> rows, long rowsLeftOut) {
    }

    private Salvage() {
    }

    /**
     * Saves what can be read from the workspace's file into a new workspace in {@code target} (encrypted with the
     * same password when the damaged one is).
     *
     * @throws RuleViolation when there is no file to salvage or {@code target} already holds a workspace
     * @throws WorkspaceUnavailableException when nothing at all can be read from the file; no workspace is left
     *     in {@code target} then
     */
    public static Result into(Workspace damaged, Workspace target, String password) {
        Path file = damaged.databaseFile();
        if (!Files.isRegularFile(file)) {
            throw new RuleViolation(DomainTexts.text("salvage.nothingThere", damaged.root()));
        }
        if (Files.exists(target.databaseFile())) {
            throw new RuleViolation(DomainTexts.text("workspace.folderTaken", target.root()));
        }
        // A failed salvage removes what it wrote, so it is given a folder that holds nothing else.
        if (!isNewOrEmpty(target.root())) {
            throw new RuleViolation(DomainTexts.text("salvage.folderNotEmpty", target.root()));
        }
        boolean encrypted = WorkspaceFiles.isEncrypted(file);
        if (encrypted && (password == null || password.isEmpty())) {
            throw new PasswordNeededException(DomainTexts.text("salvage.passwordNeeded"), false);
        }
        boolean existed = Files.exists(target.root());
        // The damaged workspace stays locked, so no Rapport opens (and writes to) it while it is read.
        try (WorkspaceLock lock = WorkspaceLock.take(damaged.lockFile())) {
            Files.createDirectories(target.root());
            String work = encrypted ? "memFS:rapport-salvage-" + UUID.randomUUID()
                    : target.root().resolve(".salvage").toString();
            try {
                copyReadable(file, encrypted ? KeyDerivation.keyFor(damaged, password) : null, work);
                Result result = recoverInto(work, damaged, target, password);
                LOG.info("Salvaged {} tables into a new workspace; {} rows could not be put back",
                        result.rows().size(), result.rowsLeftOut());
                return result;
            } finally {
                FileUtils.deleteRecursive(work, false);
            }
        } catch (IOException | RuntimeException e) {
            removeUnfinished(target.root(), existed);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new WorkspaceUnavailableException(DomainTexts.text("salvage.cannotWrite", target.root()), e);
        }
    }

    /**
     * Copies the damaged file's bytes (decrypted, for an encrypted one) into the work folder, block by block up
     * to the first that cannot be read, then zeros.
     */
    private static void copyReadable(Path file, String key, String work) throws IOException {
        FileUtils.createDirectories(work);
        try (FileChannel raw = FileChannel.open(file, StandardOpenOption.READ);
                FileChannel in = key == null ? raw
                        : new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(key.toCharArray()), raw);
                FileChannel out = FilePath.get(work + "/rapport.mv.db").open("rw")) {
            ByteBuffer block = ByteBuffer.allocate(BLOCK);
            long at = 0;
            while (true) {
                block.clear();
                int read;
                try {
                    read = in.read(block, at);
                } catch (IOException cutShort) {
                    // An encrypted file cut inside a block ends here; what came before is kept.
                    break;
                }
                if (read <= 0) {
                    break;
                }
                block.flip();
                out.write(block, at);
                at += read;
            }
            out.write(ByteBuffer.allocate(PADDING), at);
        }
    }

    private static Result recoverInto(String work, Workspace damaged, Workspace target, String password)
            throws IOException {
        try {
            Recover recover = new Recover();
            // The tool prints what it could not read; that goes nowhere near the user's terminal.
            recover.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
            recover.runTool("-dir", work, "-db", "rapport");
        } catch (SQLException | RuntimeException e) {
            throw nothingReadable(damaged, e);
        }
        String memory = "jdbc:h2:mem:salvage-" + UUID.randomUUID() + ";LAZY_QUERY_EXECUTION=TRUE";
        try (Connection recovered = DriverManager.getConnection(memory, "sa", "")) {
            int skipped = runScript(recovered, work + "/rapport.h2.sql");
            if (skipped > 0) {
                LOG.info("{} statements of the recovered script did not run", skipped);
            }
            if (SalvageCopy.rowsIn(recovered) == 0) {
                throw nothingReadable(damaged, null);
            }
            try (Database fresh = Database.open(target, password)) {
                SalvageCopy copy = new SalvageCopy(recovered, fresh);
                Map<String, Long> rows = new LinkedHashMap<>(copy.run());
                return new Result(target.root(), rows, copy.rowsLeftOut());
            }
        } catch (SQLException e) {
            throw nothingReadable(damaged, e);
        }
    }

    /** Runs the recovered script statement by statement; one that fails (a damaged row) is skipped. */
    private static int runScript(Connection connection, String script) throws IOException, SQLException {
        int failed = 0;
        try (InputStream in = FilePath.get(script).newInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                Statement statement = connection.createStatement()) {
            ScriptReader statements = new ScriptReader(reader);
            String sql;
            while ((sql = statements.readStatement()) != null) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    // Never logged: the statement holds the workspace's data.
                    failed++;
                }
            }
        }
        return failed;
    }

    private static WorkspaceUnavailableException nothingReadable(Workspace damaged, Exception cause) {
        return new WorkspaceUnavailableException(DomainTexts.text("salvage.nothingRead", damaged.root()), cause);
    }

    private static boolean isNewOrEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void removeUnfinished(Path root, boolean keepFolder) {
        try {
            WorkspaceFiles.deleteFolder(root);
            if (keepFolder) {
                Files.createDirectories(root);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the unfinished salvaged workspace: {}", e.getClass().getSimpleName());
        }
    }
}
