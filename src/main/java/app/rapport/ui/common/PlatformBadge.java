package app.rapport.ui.common;

import app.rapport.domain.Platform;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** A small coloured tag naming a platform in two or three letters, for tables and cards. */
public final class PlatformBadge {

    private PlatformBadge() {
    }

    /** A new badge; each cell needs its own node. */
    public static Label of(Platform platform) {
        Label badge = new Label();
        style(badge, platform);
        return badge;
    }

    /** Turns an existing label into the badge of this platform (cells reuse their nodes). */
    public static void style(Label badge, Platform platform) {
        badge.setText(abbreviation(platform));
        badge.getStyleClass().removeIf(c -> c.startsWith("platform-"));
        badge.getStyleClass().addAll("platform-badge", "platform-" + platform.name().toLowerCase(Locale.ROOT));
        badge.setTooltip(new Tooltip(platform.label()));
        badge.setMinWidth(Label.USE_PREF_SIZE);
    }

    static String abbreviation(Platform platform) {
        return switch (platform) {
            case INSTAGRAM -> "IG";
            case TIKTOK -> "TT";
            case YOUTUBE -> "YT";
            case PINTEREST -> "PIN";
            case FACEBOOK -> "FB";
            case X -> "X";
            case THREADS -> "TH";
            case BLUESKY -> "BS";
            case TWITCH -> "TW";
            case SNAPCHAT -> "SC";
            case LINKEDIN -> "IN";
            case BLOG -> "WEB";
            case PODCAST -> "POD";
            case OTHER -> "•";
        };
    }
}
