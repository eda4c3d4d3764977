package app.rapport.store;

import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Rapport per workspace. The lock is the operating system's lock on {@code rapport.lock}, which dies with
 * its process: a lock left by a killed Rapport is found free and taken over. The file holds the owner's process
 * id, so a second Rapport can say which process has the workspace.
 */
final class WorkspaceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the workspace's lock.
     *
     * @throws WorkspaceUnavailableException naming the process that holds it
     */
    static WorkspaceLock take(Path file) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String owner = readOwner(channel);
                channel.close();
                throw new WorkspaceUnavailableException(owner.isEmpty() ? DomainTexts.text("workspace.openElsewhere")
                        : DomainTexts.text("workspace.openInProcess", owner), null);
            }
            // Free: any process id still written there is a stale one from a Rapport that was killed.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the lock attempt already failed; nothing more to release
                }
            }
            throw new WorkspaceUnavailableException(DomainTexts.text("workspace.cannotLock", file.getParent()), e);
        }
    }

    private static String readOwner(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        buffer.flip();
        return StandardCharsets.US_ASCII.decode(buffer).toString().replaceAll("\\D", "");
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the process is ending the lock anyway
        }
    }
}
