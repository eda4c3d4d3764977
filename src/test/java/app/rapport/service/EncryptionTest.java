package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Influencer;
import app.rapport.domain.UserError;
import app.rapport.testing.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An encrypted workspace keeps its contacts unreadable on disk, and opens only with its password. */
class EncryptionTest {

    private static final String NAME = "Zephyrine Quillfeather";
    private static final String EMAIL = "zq.unique@example.org";

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));

    private void saveKnownContact(Session session) {
        session.contacts().save(anInfluencer().named(NAME).withEmail(EMAIL).build());
    }

    @Test
    void noFileUnderAnEncryptedWorkspaceHoldsTheContactsNameOrEmail() throws Exception {
        Path workspace = folder.resolve("ws");
        try (Session session = Session.open(workspace, clock, "correct horse battery")) {
            saveKnownContact(session);
            session.backups().automatic("exit");
            session.backups().automatic("before-import");
            session.backups().backUpTo(folder.resolve("copies").resolve("manual-copy.zip"));
        }

        assertThat(filesContaining(workspace, NAME, EMAIL)).isEmpty();
        assertThat(filesContaining(folder.resolve("copies"), NAME, EMAIL)).isEmpty();
        assertThat(Files.list(workspace.resolve("backups"))).hasSizeGreaterThanOrEqualTo(2);
        try (Session session = Session.open(workspace, clock, "correct horse battery")) {
            assertThat(session.contacts().listContacts()).extracting(Influencer::email).containsExactly(EMAIL);
        }
    }

    @Test
    void aMissingOrWrongPasswordIsOnePlainSentence() {
        Path workspace = folder.resolve("ws");
        try (Session session = Session.open(workspace, clock, "correct horse battery")) {
            saveKnownContact(session);
        }

        assertThatThrownBy(() -> Session.open(workspace, clock)).isInstanceOf(UserError.class)
                .hasMessage("This workspace is encrypted: give its password to open it.")
                .satisfies(e -> assertThat(Session.needsPassword(e)).isTrue());
        assertThatThrownBy(() -> Session.open(workspace, clock, "wrong horse")).isInstanceOf(UserError.class)
                .hasMessage("That password does not open this workspace; try again.");
        try (Session session = Session.open(workspace, clock, "correct horse battery")) {
            assertThat(session.contacts().countContacts()).isEqualTo(1);
        }
    }

    @Test
    void aPlainWorkspaceIsEncryptedInPlaceAndItsPlainBackupsAreWiped() throws Exception {
        Path workspace = folder.resolve("ws");
        try (Session session = Session.open(workspace, clock)) {
            saveKnownContact(session);
            session.backups().automatic("exit");
            assertThat(filesContaining(workspace, NAME)).isNotEmpty();

            session.changeEncryption("a long secret");

            assertThat(session.isEncrypted()).isTrue();
            assertThat(session.contacts().listContacts()).extracting(Influencer::displayName).containsExactly(NAME);
        }

        assertThat(filesContaining(workspace, NAME, EMAIL)).isEmpty();
        assertThatThrownBy(() -> Session.open(workspace, clock)).hasMessageContaining("encrypted");
        try (Session session = Session.open(workspace, clock, "a long secret")) {
            session.changeEncryption("another long secret");
        }
        assertThatThrownBy(() -> Session.open(workspace, clock, "a long secret")).isInstanceOf(UserError.class);
        try (Session session = Session.open(workspace, clock, "another long secret")) {
            session.changeEncryption(null);
        }
        try (Session session = Session.open(workspace, clock)) {
            assertThat(session.isEncrypted()).isFalse();
            assertThat(session.contacts().countContacts()).isEqualTo(1);
        }
    }

    @Test
    void aShortPasswordIsRefused() {
        try (Session session = Session.open(folder.resolve("ws"), clock)) {
            assertThatThrownBy(() -> session.changeEncryption("short")).isInstanceOf(UserError.class)
                    .hasMessage("Choose a password of at least 10 characters.");
            assertThat(session.isEncrypted()).isFalse();
        }
    }

    /** Every file under the folder holding any of the texts, in UTF-8 or UTF-16, also inside zips. */
    private static List<Path> filesContaining(Path root, String... texts) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    byte[] bytes = file.toString().endsWith(".zip") ? unzipped(file) : Files.readAllBytes(file);
                    String asLatin = new String(bytes, StandardCharsets.ISO_8859_1);
                    for (String text : texts) {
                        for (Charset cs : List.of(StandardCharsets.UTF_8,
                                StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                            if (asLatin.contains(new String(text.getBytes(cs), StandardCharsets.ISO_8859_1))) {
                                return true;
                            }
                        }
                    }
                    return false;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static byte[] unzipped(Path zip) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            while (in.getNextEntry() != null) {
                in.transferTo(all);
            }
        }
        return all.toByteArray();
    }
}
