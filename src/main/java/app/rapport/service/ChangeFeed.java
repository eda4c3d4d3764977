package app.rapport.service;

import app.rapport.domain.Change;
import app.rapport.domain.ServerUnreachableException;
import app.rapport.store.Database;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every change committed to the open workspace, announced once it is committed: by this window's own saves,
 * imports and undos, and, in a team workspace, by other people (found by {@link #lookForOthersChanges}).
 * Screens follow it to stay current, reading again only the records a change names. Followers are told on the
 * thread that committed, so a screen hands the change over to its own thread.
 */
public final class ChangeFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private final Database database;
    private final List<Consumer<Change>> followers = new CopyOnWriteArrayList<>();

    ChangeFeed(Database database) {
        this.database = database;
        database.onCommit(this::publish);
    }

    /** Tells {@code follower} of every change from now on, until {@link #forgetFollowers}. */
    public void follow(Consumer<Change> follower) {
        followers.add(follower);
    }

    /** Stops telling anyone: the window's screens are being built anew (after a restore) and follow again. */
    public void forgetFollowers() {
        followers.clear();
    }

    /**
     * Asks a team workspace what other people changed since the last time and announces it; the first time
     * only notes how things are. Does nothing for a workspace on this computer.
     *
     * @throws ServerUnreachableException when the team server cannot be reached
     */
    public void lookForOthersChanges() {
        database.lookForOthersChanges();
    }

    private void publish(Change change) {
        for (Consumer<Change> follower : followers) {
            try {
                follower.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A screen failed to follow a change", e);
            }
        }
    }
}
