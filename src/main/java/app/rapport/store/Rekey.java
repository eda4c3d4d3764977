package app.rapport.store;

import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.h2.store.fs.FileUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes the key of a workspace file and of every backup beside it as one step that a killed process cannot
 * leave half done. Everything new is staged in {@code .rekey/}, written under the new key from its first byte
 * (a plain file or backup is only ever read, into memory for backups); then a journal is written, which is the
 * moment of change. Before the journal a later open wipes the stage (the old state stays); after it a later
 * open finishes the swap (the new state). Old files are overwritten before they are deleted.
 */
final class Rekey {

    private static final Logger LOG = LoggerFactory.getLogger(Rekey.class);
    static final String FOLDER = ".rekey";
    private static final String JOURNAL = "journal";
    private static final String JOURNAL_MAGIC = "rapport-rekey 1";
    private static final String STAGED_BASE = "rapport";
    private static final String STAGED_DATABASE = STAGED_BASE + ".mv.db";
    private static final String STAGED_BACKUPS = "backups";
    private static final String ASIDE = "rapport.mv.db.replaced";

    /** The change: keys are H2 file keys, {@code null} for a plain file; parameters go with the new key. */
    record Change(String oldKey, String newKey, KeyDerivation.Parameters newParameters) {
    }

    private Rekey() {
    }

    /**
     * Stages the database (checking {@code rowsOf} the copy equals {@code expectedRows}) and every backup under
     * the new key, commits, and swaps. A backup the old key cannot open is wiped, not kept.
     */
    static void run(Workspace workspace, Change change, Function<Path, Map<String, Long>> rowsOf,
            Map<String, Long> expectedRows) throws IOException {
        Path folder = workspace.root().resolve(FOLDER);
        Leftovers.wipe(workspace);
        Files.createDirectories(folder);
        PrivateFiles.secure(folder);
        StepBoundary.reached("STAGING");
        List<String> kept;
        try {
            copyStore(workspace.databaseFile().toString(), change.oldKey(), folder.resolve(STAGED_DATABASE)
                    .toString(), change.newKey());
            Map<String, Long> copied = rowsOf.apply(folder.resolve(STAGED_BASE));
            if (!copied.equals(expectedRows)) {
                throw new WorkspaceUnavailableException(DomainTexts.text("rekey.mismatch"), null);
            }
            StepBoundary.reached("DATABASE_STAGED");
            kept = stageBackups(workspace, folder.resolve(STAGED_BACKUPS), change);
            if (change.newParameters() != null) {
                KeyDerivation.write(change.newParameters(), folder.resolve(KeyDerivation.HEADER_FILE));
            }
            StepBoundary.reached("BACKUPS_STAGED");
        } catch (IOException | RuntimeException e) {
            WorkspaceFiles.wipeFolder(folder);
            throw e;
        }
        StringBuilder journal = new StringBuilder(JOURNAL_MAGIC).append('\n')
                .append(change.newKey() == null ? "plain" : "encrypted").append('\n');
        kept.forEach(name -> journal.append("keep ").append(name).append('\n'));
        WorkspaceFiles.writeDurably(folder.resolve(JOURNAL), journal.toString().getBytes(StandardCharsets.UTF_8));
        StepBoundary.reached("COMMITTED");
        finish(workspace);
    }

    /** At open: finishes a committed change, or wipes a stage that never committed. */
    static void recover(Workspace workspace) throws IOException {
        Path folder = workspace.root().resolve(FOLDER);
        if (Files.isRegularFile(folder.resolve(JOURNAL))) {
            LOG.info("Finishing an encryption change a stopped Rapport had committed");
            finish(workspace);
        } else {
            WorkspaceFiles.wipeFolder(folder);
        }
    }

    /** Puts the staged files in place; safe to run again from any point, as recovery does. */
    private static void finish(Workspace workspace) throws IOException {
        Path folder = workspace.root().resolve(FOLDER);
        List<String> journal = Files.readAllLines(folder.resolve(JOURNAL), StandardCharsets.UTF_8);
        if (journal.size() < 2 || !journal.get(0).equals(JOURNAL_MAGIC)) {
            throw new WorkspaceUnavailableException(DomainTexts.text("rekey.unreadableJournal", folder), null);
        }
        boolean encrypted = journal.get(1).equals("encrypted");
        List<String> kept = journal.stream().filter(l -> l.startsWith("keep ")).map(l -> l.substring(5)).toList();

        Path header = workspace.root().resolve(KeyDerivation.HEADER_FILE);
        Path stagedHeader = folder.resolve(KeyDerivation.HEADER_FILE);
        if (encrypted && Files.exists(stagedHeader)) {
            Files.move(stagedHeader, header, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else if (!encrypted) {
            Files.deleteIfExists(header);
        }
        Path staged = folder.resolve(STAGED_DATABASE);
        Path database = workspace.databaseFile();
        Path aside = workspace.root().resolve(ASIDE);
        if (Files.exists(staged)) {
            if (Files.exists(database)) {
                if (Files.exists(aside)) {
                    WorkspaceFiles.wipe(aside);
                }
                Files.move(database, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staged, database, StandardCopyOption.ATOMIC_MOVE);
        }
        if (Files.exists(aside)) {
            WorkspaceFiles.wipe(aside);
        }
        Leftovers.wipeKeptDamage(workspace);
        StepBoundary.reached("DATABASE_SWAPPED");

        Path stagedBackups = folder.resolve(STAGED_BACKUPS);
        Files.createDirectories(workspace.backupsDir());
        for (Path backup : filesIn(workspace.backupsDir())) {
            String name = backup.getFileName().toString();
            Path replacement = stagedBackups.resolve(name);
            if (Files.exists(replacement)) {
                WorkspaceFiles.wipe(backup);
                Files.move(replacement, backup, StandardCopyOption.ATOMIC_MOVE);
            } else if (!kept.contains(name)) {
                // Made under the old key and not re-encrypted (or not a backup at all): it protects nothing now.
                WorkspaceFiles.wipe(backup);
            }
        }
        for (Path replacement : filesIn(stagedBackups)) {
            Files.move(replacement, workspace.backupsDir().resolve(replacement.getFileName().toString()),
                    StandardCopyOption.ATOMIC_MOVE);
        }
        StepBoundary.reached("BACKUPS_SWAPPED");
        Files.delete(folder.resolve(JOURNAL));
        WorkspaceFiles.wipeFolder(folder);
        PrivateFiles.secureTree(workspace.root());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Re-encrypts each backup zip into {@code target}; returns the names of those that could be. */
    private static List<String> stageBackups(Workspace workspace, Path target, Change change) throws IOException {
        Files.createDirectories(target);
        List<String> kept = new ArrayList<>();
        for (Path backup : filesIn(workspace.backupsDir())) {
            String name = backup.getFileName().toString();
            if (name.endsWith(".zip") && restage(backup, target.resolve(name), change)) {
                kept.add(name);
            }
        }
        return kept;
    }

    /**
     * One backup under the new key. Its database is read into memory (H2's in-memory file system), never
     * written to disk as it was; the copy is written encrypted from the start.
     */
    private static boolean restage(Path backup, Path target, Change change) throws IOException {
        String inMemory = "memFS:rapport-rekey-" + UUID.randomUUID() + ".mv.db";
        Path work = target.resolveSibling(target.getFileName() + ".mv.db");
        try {
            String entryName = readDatabase(backup, inMemory);
            if (entryName == null) {
                LOG.warn("A file in the backups folder holds no workspace and is removed with the old key");
                return false;
            }
            try {
                copyStore(inMemory, change.oldKey(), work.toString(), change.newKey());
            } catch (RuntimeException e) {
                // Made with another password, or damaged: it cannot be carried over to the new key.
                LOG.warn("A backup could not be re-encrypted and is removed: {}", e.getMessage());
                return false;
            }
            try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(entryName));
                Files.copy(work, zip);
                zip.closeEntry();
            }
            if (change.newKey() != null) {
                BackupSeal.seal(target, BackupSeal.keyFor(change.newKey()));
            }
            return true;
        } finally {
            FileUtils.delete(inMemory);
            if (Files.exists(work)) {
                WorkspaceFiles.wipe(work);
            }
        }
    }

    /** Copies the backup's database into {@code inMemory}; returns its entry name, or null when it has none. */
    private static String readDatabase(Path zip, String inMemory) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                if (!entry.isDirectory() && entry.getName().endsWith(".mv.db")) {
                    try (OutputStream out = FileUtils.newOutputStream(inMemory, false)) {
                        entries.transferTo(out);
                    }
                    return Path.of(entry.getName()).getFileName().toString();
                }
            }
        } catch (ZipException e) {
            return null;
        }
        return null;
    }

    /**
     * Copies an H2 store into a new file under another key (either may be {@code null}, plain): the target is
     * encrypted as it is written, so no plain copy of an encrypted store, or of a store being encrypted, exists.
     */
    static void copyStore(String source, String sourceKey, String target, String targetKey) {
        MVStore.Builder from = new MVStore.Builder().fileName(source).readOnly();
        if (sourceKey != null) {
            from.encryptionKey(sourceKey.toCharArray());
        }
        MVStore.Builder to = new MVStore.Builder().fileName(target);
        if (targetKey != null) {
            to.encryptionKey(targetKey.toCharArray());
        }
        try (MVStore in = from.open(); MVStore out = to.open()) {
            MVStoreTool.compact(in, out);
        }
    }
}
