package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.UserError;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.testing.MutableClock;
import app.rapport.testing.PlainText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.h2.tools.ChangeFileEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing of an encrypted workspace lies in plain text on disk: backups follow every change of key, what killed
 * commands leave is wiped at the next open, spreadsheet rows wait encrypted, the folder is its owner's alone.
 */
class AtRestTest {

    private static final String NAME = "Ysolde Marchbanks";
    private static final String EMAIL = "ysolde.unique@example.org";

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));

    private Path plainWorkspaceWithBackups() {
        Path workspace = folder.resolve("ws");
        try (Session session = Session.open(workspace, clock)) {
            session.contacts().save(anInfluencer().named(NAME).withEmail(EMAIL).build());
            session.backups().automatic("before-import");
            clock.advance(Duration.ofMinutes(5));
            session.backups().automatic("exit");
        }
        return workspace;
    }

    @Test
    void leftoversOfKilledCommandsAreWipedAtTheNextOpen() throws Exception {
        Path workspace = plainWorkspaceWithBackups();
        Path db = workspace.resolve("rapport.mv.db");
        List<Path> leftovers = List.of(workspace.resolve("backups/rapport-20261127-100000-manual-1.zip.part"),
                workspace.resolve(".restore/rapport.mv.db"), workspace.resolve(".rekey/rapport.mv.db"),
                workspace.resolve(".rapport-123.tmp"), workspace.resolve(".tmp/rapport-sheet-1.bin"));
        for (Path leftover : leftovers) {
            Files.createDirectories(leftover.getParent());
            Files.copy(db, leftover);
        }

        try (Session session = Session.open(workspace, clock)) {
            assertThat(session.contacts().countContacts()).isEqualTo(1);
        }

        assertThat(leftovers).noneMatch(Files::exists);
        assertThat(workspace.resolve(".restore")).doesNotExist();
        assertThat(workspace.resolve(".rekey")).doesNotExist();
    }

    @Test
    void encryptingCarriesEveryBackupOverToTheNewKeyAndLeavesNoPlainText() throws Exception {
        Path workspace = plainWorkspaceWithBackups();
        Files.copy(workspace.resolve("rapport.mv.db"), workspace.resolve("backups/rapport-x.zip.part"));
        // A damaged file a restore kept aside holds the workspace as plainly as the workspace did.
        Files.copy(workspace.resolve("rapport.mv.db"), workspace.resolve("rapport.mv.db.damaged-20261127-090000"));

        try (Session session = Session.open(workspace, clock)) {
            session.changeEncryption("a long secret one");
            List<BackupFile> backups = session.backups().backups();
            assertThat(backups).extracting(BackupFile::reason).containsExactly("exit", "before-import");
            for (BackupFile backup : backups) {
                assertThat(session.backups().verify(backup.file()).contacts()).isEqualTo(1);
            }
        }

        assertThat(PlainText.filesContaining(workspace, NAME, EMAIL)).isEmpty();
        assertThat(workspace.resolve(".rekey")).doesNotExist();
    }

    @Test
    void afterAPasswordChangeNoBackupOpensWithTheOldPassword() throws Exception {
        Path workspace = plainWorkspaceWithBackups();
        try (Session session = Session.open(workspace, clock)) {
            session.changeEncryption("the old password");
        }
        Path oldHeader = folder.resolve("old-rapport.key");
        Files.copy(workspace.resolve("rapport.key"), oldHeader);

        try (Session session = Session.open(workspace, clock, "the old password")) {
            session.changeEncryption("the new password");
        }

        List<Path> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(workspace.resolve("backups"))) {
            files.forEach(backups::add);
        }
        assertThat(backups).hasSize(2);
        for (Path backup : backups) {
            Path withOldKey = workspaceFrom(backup, oldHeader, "old");
            assertThatThrownBy(() -> Session.open(withOldKey, clock, "the old password").close())
                    .isInstanceOf(UserError.class).satisfies(e -> assertThat(Session.needsPassword(e)).isTrue());
            Path withNewKey = workspaceFrom(backup, workspace.resolve("rapport.key"), "new");
            try (Session session = Session.open(withNewKey, clock, "the new password")) {
                assertThat(session.contacts().countContacts()).isEqualTo(1);
            }
        }
    }

    /** A workspace made of a backup's database and a key header, as someone holding both could make. */
    private Path workspaceFrom(Path backup, Path header, String label) throws IOException {
        Path made = folder.resolve(label + "-" + backup.getFileName());
        Files.createDirectories(made);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry.getName()).endsWith(".mv.db");
            Files.copy(in, made.resolve("rapport.mv.db"));
        }
        Files.copy(header, made.resolve("rapport.key"));
        return made;
    }

    @Test
    void aTamperedBackupOfAnEncryptedWorkspaceIsRefusedInOneSentence() throws Exception {
        Path workspace = folder.resolve("ws");
        try (Session session = Session.open(workspace, clock, "a long secret one")) {
            session.contacts().save(anInfluencer().named(NAME).withEmail(EMAIL).build());
            Path backup = session.backups().automatic("exit");
            assertThat(session.backups().verify(backup).healthy()).isTrue();
            try (FileChannel channel = FileChannel.open(backup, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(new byte[] {0x55}), Files.size(backup) / 2);
            }

            assertThatThrownBy(() -> session.backups().verify(backup)).isInstanceOf(UserError.class)
                    .hasMessage("The backup " + backup.getFileName() + " was changed after Rapport made it, or "
                            + "belongs to another workspace or password, so it was not used.");
        }
    }

    @Test
    void theWorkspaceIsReadableByItsOwnerOnlyAndIsMadeSoAtOpen() throws Exception {
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path workspace = plainWorkspaceWithBackups();
        assertPrivate(workspace);

        try (Stream<Path> all = Files.walk(workspace)) {
            for (Path path : all.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path)
                        ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        Session.open(workspace, clock).close();

        assertPrivate(workspace);
    }

    private static void assertPrivate(Path workspace) throws IOException {
        try (Stream<Path> all = Files.walk(workspace)) {
            for (Path path : all.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
                        .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        }
    }

    @Test
    void aWorkspaceEncryptedTheOldWayIsUpgradedToArgon2AtItsNextOpen() throws Exception {
        Path workspace = plainWorkspaceWithBackups();
        String legacyKey = legacyKey("an old password");
        ChangeFileEncryption.execute(workspace.toString(), "rapport", "AES", null, legacyKey.toCharArray(), true);
        assertThat(workspace.resolve("rapport.key")).doesNotExist();

        try (Session session = Session.open(workspace, clock, "an old password")) {
            assertThat(session.contacts().listContacts()).extracting(Influencer::email).containsExactly(EMAIL);
        }

        assertThat(workspace.resolve("rapport.key")).exists();
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + workspace.resolve("rapport")
                + ";CIPHER=AES;IFEXISTS=TRUE", "rapport", legacyKey + " ").close()).isInstanceOf(SQLException.class);
        try (Session session = Session.open(workspace, clock, "an old password")) {
            assertThat(session.contacts().countContacts()).isEqualTo(1);
        }
        assertThat(PlainText.filesContaining(workspace, NAME, EMAIL)).isEmpty();
    }

    /** The key Rapport derived before rapport.key existed: one SHA-256 of the password, as hex. */
    private static String legacyKey(String password) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(("rapport-workspace:"
                + password).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void spreadsheetRowsWaitEncryptedInTheWorkspacesPrivateFolder() throws Exception {
        Path workspace = folder.resolve("ws");
        List<Influencer> contacts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            contacts.add(anInfluencer().named("Ysolde Number" + i).withEmail("ysolde" + i + "@unique.example")
                    .build());
        }
        List<Path> seenWhileWriting = new ArrayList<>();
        List<Path> plainWhileWriting = new ArrayList<>();
        try (Session session = Session.open(workspace, clock, "a long secret one")) {
            Path target = folder.resolve("out.xlsx");
            session.exports().export(contacts, new ExportService.Request(ExportService.Format.XLSX, List.of(),
                    false, true), target, new ExportProgress() {
                        @Override
                        public void done(int rows, int total) {
                            if (rows == 1_500) {
                                try (Stream<Path> files = Files.list(workspace.resolve(".tmp"))) {
                                    seenWhileWriting.addAll(files.toList());
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                                plainWhileWriting.addAll(PlainText.filesContaining(workspace, "Ysolde Number1",
                                        "ysolde1@unique.example"));
                            }
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    });
            try (ZipFile written = new ZipFile(target.toFile())) {
                ZipEntry sheet = written.getEntry("xl/worksheets/sheet1.xml");
                assertThat(new String(written.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8))
                        .contains("ysolde1999@unique.example");
            }
        }

        assertThat(seenWhileWriting).isNotEmpty();
        assertThat(plainWhileWriting).isEmpty();
        assertThat(workspace.resolve(".tmp")).isEmptyDirectory();
    }
}
