package app.rapport.ui.common;

import app.rapport.domain.ServerUnreachableException;
import app.rapport.service.ChangeFeed;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * What a team workspace checks every few seconds, so other people's changes appear without a restart: the
 * {@link ChangeFeed} asks the server what changed since the last look and announces it, record by record, to
 * the screens that follow it. Each check is a few cheap queries; nothing is read again while nothing changed.
 */
public final class TeamWatch {

    private final ChangeFeed changes;
    private final Background background;
    private final StatusLine status;
    private boolean checking;
    private boolean unreachable;

    /** How often a team workspace is asked whether someone changed something. */
    public static final double SECONDS = 4;

    /** What the status bar says when the check finds the server out of reach, and when it answers again. */
    static final String LOST = Texts.text("common.teamWatch.lost");
    static final String BACK = Texts.text("common.teamWatch.back");

    public TeamWatch(ChangeFeed changes, Background background, StatusLine status) {
        this.changes = changes;
        this.background = background;
        this.status = status;
        // The first look only notes how things are, so the next one can tell what changed.
        check();
    }

    /** Checks every {@link #SECONDS} on the FX thread's timer until the returned timeline is stopped. */
    public Timeline start() {
        Timeline timer = new Timeline(new KeyFrame(Duration.seconds(SECONDS), e -> check()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
        return timer;
    }

    /** Asks what anyone else changed since the last check; the feed shows it on every screen that follows. */
    public void check() {
        if (checking) {
            return;
        }
        checking = true;
        background.run(() -> {
            changes.lookForOthersChanges();
            return null;
        }, done -> {
            checking = false;
            if (unreachable) {
                unreachable = false;
                status.show(BACK);
            }
        }, failure -> {
            checking = false;
            if (failure instanceof ServerUnreachableException && !unreachable) {
                unreachable = true;
                status.show(LOST);
            }
        });
    }
}
