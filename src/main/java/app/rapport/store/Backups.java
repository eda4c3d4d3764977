package app.rapport.store;

import app.rapport.domain.DiskFullException;
import app.rapport.domain.safety.WorkspaceHealth;
import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consistent copies of the workspace database (H2's {@code BACKUP TO}, a zip taken inside a transaction), kept in
 * {@code <workspace>/backups} under names that say when, why and how many contacts, and put back on request.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("rapport-(\\d{8}-\\d{6})-([a-z-]+?)-(\\d+)\\.zip");

    /** A backup in the backups folder: when, why, how many contacts, how big. */
    public record Backup(Path file, LocalDateTime madeAt, String reason, long contacts, long bytes) {
    }

    private final Workspace workspace;
    private final Database database;

    public Backups(Workspace workspace, Database database) {
        this.workspace = workspace;
        this.database = database;
    }

    /** Makes a backup in the workspace's backups folder, named for now and the reason. */
    public Path create(String reason) {
        return create(reason, LocalDateTime.now());
    }

    /** Makes a backup dated {@code at}. */
    public Path create(String reason, LocalDateTime at) {
        long contacts = database.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM contact")
                .mapTo(Long.class).findOne().orElse(0L));
        LocalDateTime when = at.withNano(0);
        Path target = workspace.backupsDir().resolve(name(when, reason, contacts));
        while (Files.exists(target)) {
            // Two backups within a second: the later one is dated a second on, so neither replaces the other.
            when = when.plusSeconds(1);
            target = workspace.backupsDir().resolve(name(when, reason, contacts));
        }
        writeTo(target);
        LOG.info("Backed up the workspace ({}, {} contacts)", reason, contacts);
        return target;
    }

    private static String name(LocalDateTime at, String reason, long contacts) {
        return "rapport-" + at.format(STAMP) + "-" + reason + "-" + contacts + ".zip";
    }

    /** Writes a backup to any file; written beside it first and moved into place, so no half file is left. */
    public void writeTo(Path target) {
        Path absolute = target.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(part);
            database.withHandle(h -> h.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'"));
            PrivateFiles.secure(part);
            byte[] sealKey = database.backupSealKey();
            if (sealKey != null) {
                BackupSeal.seal(part, sealKey);
            }
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // A half-written backup is no backup, and it holds the workspace's data: it goes.
            try {
                WorkspaceFiles.wipe(part);
            } catch (IOException left) {
                LOG.warn("Could not delete the unfinished backup: {}", left.getClass().getSimpleName());
            }
            if (diskFull(absolute.getParent())) {
                throw new DiskFullException(DomainTexts.text("backup.diskFull", absolute.getParent()), e);
            }
            throw new WorkspaceUnavailableException(DomainTexts.text("backup.cannotWrite", absolute.getParent()), e);
        }
    }

    /** Whether the disk holding the folder has less room left than the workspace file takes. */
    private boolean diskFull(Path folder) {
        try {
            return Files.exists(folder) && Files.getFileStore(folder).getUsableSpace()
                    < Files.size(workspace.databaseFile());
        } catch (IOException e) {
            return false;
        }
    }

    /** The backups in the workspace's folder, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(workspace.backupsDir())) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(workspace.backupsDir())) {
            for (Path file : files.toList()) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    backups.add(new Backup(file, LocalDateTime.parse(m.group(1), STAMP), m.group(2),
                            Long.parseLong(m.group(3)), Files.size(file)));
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list the backups", e);
        }
        backups.sort(Comparator.comparing(Backup::madeAt).thenComparing(b -> modified(b.file())).reversed());
        return backups;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Whether a backup was already made on that day. */
    public boolean hasBackupOn(LocalDate day) {
        return list().stream().anyMatch(b -> b.madeAt().toLocalDate().equals(day));
    }

    /** How many backups made before an import, an upgrade or a restore are kept, newest first. */
    public static final int KEEP_BEFORE = 10;

    /**
     * Keeps the newest routine backup (daily, exit, manual) of each of the last {@code days} days that have one
     * and of each of the last {@code months} months, and the newest {@value #KEEP_BEFORE} made before an import,
     * upgrade or restore; deletes the others. Returns how many were deleted.
     */
    public int rotate(int days, int months) {
        List<Backup> all = list();
        Set<Path> keep = new HashSet<>();
        all.stream().filter(b -> b.reason().startsWith("before-")).limit(KEEP_BEFORE)
                .forEach(b -> keep.add(b.file()));
        all = all.stream().filter(b -> !b.reason().startsWith("before-") || keep.contains(b.file())).toList();
        Set<LocalDate> daysKept = new LinkedHashSet<>();
        Set<YearMonth> monthsKept = new LinkedHashSet<>();
        for (Backup backup : all) {
            if (backup.reason().startsWith("before-")) {
                continue;
            }
            LocalDate day = backup.madeAt().toLocalDate();
            if (!daysKept.contains(day) && daysKept.size() < days) {
                daysKept.add(day);
                keep.add(backup.file());
            }
            YearMonth month = YearMonth.from(day);
            if (!monthsKept.contains(month) && monthsKept.size() < months) {
                monthsKept.add(month);
                keep.add(backup.file());
            }
        }
        int deleted = 0;
        for (Backup backup : list()) {
            if (!keep.contains(backup.file())) {
                try {
                    Files.deleteIfExists(backup.file());
                    deleted++;
                } catch (IOException e) {
                    LOG.warn("Could not delete an old backup", e);
                }
            }
        }
        return deleted;
    }

    /**
     * Checks a backup without touching the workspace: it unpacks, opens and passes the integrity check.
     *
     * @return the unpacked database file (inside the workspace, ready to swap in) and what the check found
     * @throws WorkspaceUnavailableException when the file is not a Rapport backup or fails the check
     */
    public Verified verify(Path backup) {
        byte[] sealKey = database.backupSealKey();
        if (sealKey != null && !BackupSeal.holds(backup, sealKey)) {
            throw new WorkspaceUnavailableException(DomainTexts.text("backup.sealBroken", backup.getFileName()),
                    null);
        }
        return verify(backup, workspace.root().resolve(".restore"), database::connectLikeThis);
    }

    /**
     * Unpacks a backup into {@code folder} and checks it, opening only the backup (with {@code connect}, which
     * knows the workspace's encryption), to its last row.
     */
    static Verified verify(Path backup, Path folder, Function<Path, JdbcConnectionPool> connect) {
        try {
            WorkspaceFiles.deleteFolder(folder);
            Files.createDirectories(folder);
            Path unpacked = unpack(backup, folder).orElseThrow(() -> new WorkspaceUnavailableException(
                    DomainTexts.text("backup.noDatabase", backup.getFileName()), null));
            String base = unpacked.toString().substring(0, unpacked.toString().length() - ".mv.db".length());
            WorkspaceHealth health;
            JdbcConnectionPool pool;
            try {
                pool = connect.apply(Path.of(base));
            } catch (PasswordNeededException e) {
                throw new WorkspaceUnavailableException(DomainTexts.text("backup.otherPassword",
                        backup.getFileName()), e);
            } catch (WorkspaceUnavailableException e) {
                throw new WorkspaceUnavailableException(DomainTexts.text("backup.notAWorkspace",
                        backup.getFileName()), e);
            }
            try {
                String known = Migrations.newestKnownVersion(pool);
                health = Jdbi.create(pool).withHandle(h -> {
                    WorkspaceHealth found = WorkspaceCheck.run(h, known);
                    WorkspaceCheck.readEveryRow(h);
                    return found;
                });
            } catch (RuntimeException e) {
                throw new WorkspaceUnavailableException(DomainTexts.text("backup.notAWorkspace",
                        backup.getFileName()), e);
            } finally {
                pool.dispose();
            }
            if (!health.healthy()) {
                throw new WorkspaceUnavailableException(DomainTexts.text("backup.failedCheck", backup.getFileName(),
                        String.join(" ", health.problems())), null);
            }
            return new Verified(unpacked, health);
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(DomainTexts.text("backup.unreadable", backup.getFileName()), e);
        }
    }

    /** A backup unpacked and checked, ready to put in place. */
    public record Verified(Path databaseFile, WorkspaceHealth health) {
    }

    /**
     * Restores a backup: checks it first, backs up the current state, then swaps the database file in one
     * rename and opens it.
     */
    public WorkspaceHealth restore(Path backup) {
        Verified verified = verify(backup);
        create("before-restore");
        try {
            database.replaceWith(verified.databaseFile());
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(DomainTexts.text("backup.notPutInPlace"), e);
        } finally {
            try {
                WorkspaceFiles.deleteFolder(verified.databaseFile().getParent());
            } catch (IOException e) {
                LOG.warn("Could not tidy the restore folder", e);
            }
        }
        LOG.info("Restored a backup with {} contacts", verified.health().contacts());
        return check();
    }

    /** Runs the integrity check on the open workspace. */
    public WorkspaceHealth check() {
        return WorkspaceCheck.run(database);
    }

    static Optional<Path> unpack(Path zip, Path folder) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                String name = Path.of(entry.getName()).getFileName().toString();
                if (!entry.isDirectory() && name.endsWith(".mv.db")) {
                    Path target = folder.resolve("rapport.mv.db");
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    return Optional.of(target);
                }
            }
        } catch (ZipException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
