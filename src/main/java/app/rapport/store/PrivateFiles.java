package app.rapport.store;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the workspace readable by its owner only: folders 700 and files 600 on POSIX systems, an ACL that
 * names only the owner on Windows. Applied when the workspace is made and again at every open, since H2,
 * backups and the log library create files with the process's usual permissions.
 */
final class PrivateFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Makes the folder and everything under it private (links are left alone, never followed). */
    static void secureTree(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                secure(path);
            }
        } catch (IOException | RuntimeException e) {
            // A file that vanished meanwhile (a log rolled over) is no reason to keep the user out.
            LOG.warn("Could not make every workspace file private: {}", e.getClass().getSimpleName());
        }
    }

    /** Makes one file or folder private. */
    static void secure(Path path) throws IOException {
        if (Files.isSymbolicLink(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        FileSystem fs = path.getFileSystem();
        boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        if (fs.supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, folder ? FOLDER : FILE);
        } else if (fs.supportedFileAttributeViews().contains("acl")) {
            ownerOnly(path, folder);
        }
    }

    /** Windows: one entry, full control for the owner, inherited by what the folder holds. */
    private static void ownerOnly(Path path, boolean folder) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        UserPrincipal owner = view.getOwner();
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (folder) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        view.setAcl(List.of(entry.build()));
    }
}
