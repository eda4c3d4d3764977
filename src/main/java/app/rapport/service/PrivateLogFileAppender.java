package app.rapport.service;

import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The log file appender of the workspace (see {@link LogFiles}), which creates each log file (also at a rollover) readable by its
 * owner only, as every other file of the workspace is: the logs folder lives inside the workspace.
 */
public final class PrivateLogFileAppender<E> extends RollingFileAppender<E> {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    @Override
    public void openFile(String fileName) throws IOException {
        Path file = Path.of(fileName).toAbsolutePath();
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        // Created private from the start, so no other account can open it in between; a folder that does not
        // exist is left to the library (and to the workspace, which makes its folders private).
        if (posix && !Files.exists(file) && Files.isDirectory(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
        super.openFile(fileName);
        if (posix && Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }
}
