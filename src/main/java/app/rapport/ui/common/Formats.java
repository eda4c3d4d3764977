package app.rapport.ui.common;

import app.rapport.domain.EngagementRates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

/** How values look on screen. */
public final class Formats {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);

    private Formats() {
    }

    public static String percent(BigDecimal rate) {
        return EngagementRates.format(rate);
    }

    /** A 1–5 rating as stars, "★★★★☆". */
    public static String stars(Integer rating) {
        if (rating == null) {
            return "";
        }
        int r = Math.max(0, Math.min(5, rating));
        return "★".repeat(r) + "☆".repeat(5 - r);
    }

    /** A day relative to today: "today", "tomorrow", "yesterday", "3 days ago", "in 4 days", or a date. */
    public static String relativeDay(LocalDate day, LocalDate today) {
        long diff = ChronoUnit.DAYS.between(today, day);
        if (diff == 0) {
            return Texts.text("common.formats.today");
        }
        if (diff == 1) {
            return Texts.text("common.formats.tomorrow");
        }
        if (diff == -1) {
            return Texts.text("common.formats.yesterday");
        }
        if (diff < 0 && diff > -14) {
            return Texts.text("common.formats.daysAgo", -diff);
        }
        if (diff > 0 && diff < 14) {
            return Texts.text("common.formats.inDays", diff);
        }
        return SHORT_DATE.format(day);
    }

    /** A day in the user's short format, or "" for none. */
    public static String shortDate(LocalDate day) {
        return day == null ? "" : SHORT_DATE.format(day);
    }

    /** A moment as the local date. */
    public static String shortDate(Instant instant) {
        return instant == null ? "" : SHORT_DATE.format(instant.atZone(ZoneId.systemDefault()).toLocalDate());
    }
}
