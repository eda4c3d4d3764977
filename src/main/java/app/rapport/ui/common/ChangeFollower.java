package app.rapport.ui.common;

import app.rapport.domain.Change;
import app.rapport.domain.Change.Kind;
import app.rapport.service.ChangeFeed;
import java.util.function.Consumer;

/** How a screen follows the workspace's committed changes: on the FX thread, only those of the kinds it shows. */
public final class ChangeFollower {

    private ChangeFollower() {
    }

    /** Runs {@code onChange} on the FX thread for every committed change that touches one of {@code kinds}. */
    public static void follow(ChangeFeed feed, Background background, Consumer<Change> onChange, Kind... kinds) {
        feed.follow(change -> {
            if (change.touches(kinds)) {
                background.onUi(() -> onChange.accept(change));
            }
        });
    }
}
