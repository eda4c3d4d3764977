package app.rapport.ui.common;

import app.rapport.domain.ServerUnreachableException;
import app.rapport.service.DealService;

/**
 * What a team workspace checks every few seconds, so other people's changes appear without a restart: the
 * contacts (replaced in place by the {@link ContactBook}) and what else people share: deals, campaigns,
 * shortlists, templates and saved views, whose screens are then read again. Each check is one cheap query;
 * nothing is read again while nothing changed.
 */
public final class TeamWatch {

    private final ContactBook book;
    private final DealService deals;
    private final Background background;
    private final StatusLine status;
    private final Runnable sharedChanged;
    private String dealMark;
    private boolean checking;
    private boolean unreachable;

    /** How often a team workspace is asked whether someone changed something. */
    public static final double SECONDS = 4;

    /** What the status bar says when the check finds the server out of reach, and when it answers again. */
    static final String LOST = "The team server cannot be reached: what you see may be out of date, and saves "
            + "wait until it is back.";
    static final String BACK = "The team server answers again.";

    public TeamWatch(ContactBook book, DealService deals, Background background, StatusLine status,
            Runnable sharedChanged) {
        this.book = book;
        this.deals = deals;
        this.background = background;
        this.status = status;
        this.sharedChanged = sharedChanged;
        background.run(deals::changeMark, mark -> dealMark = mark, failure -> { });
    }

    /** Checks every {@link #SECONDS} on the FX thread's timer until the returned timeline is stopped. */
    public javafx.animation.Timeline start() {
        javafx.animation.Timeline timer = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(SECONDS), e -> check()));
        timer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        timer.play();
        return timer;
    }

    /** Asks whether anyone changed contacts or anything else shared, and shows what they changed. */
    public void check() {
        book.checkForChanges();
        if (checking) {
            return;
        }
        checking = true;
        background.run(deals::changeMark, mark -> {
            checking = false;
            // Back after an outage: screens that could not load meanwhile are read again, whatever the mark says.
            boolean changed = dealMark != null && !mark.equals(dealMark) || unreachable;
            if (unreachable) {
                unreachable = false;
                status.show(BACK);
            }
            dealMark = mark;
            if (changed) {
                sharedChanged.run();
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
