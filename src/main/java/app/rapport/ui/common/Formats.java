package app.rapport.ui.common;

import app.rapport.domain.EngagementRates;
import app.rapport.domain.FollowerCounts;
import app.rapport.domain.LocalNumbers;
import app.rapport.domain.Money;
import app.rapport.domain.MoneyTotals;
import app.rapport.domain.text.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * How values look on screen: in the locale Rapport speaks ({@link Messages#formatLocale}), read at each call, so a
 * language chosen in Settings shows on the next screen drawn.
 */
public final class Formats {

    private Formats() {
    }

    /** An engagement rate: "4.2%" in English, "4,2 %" in German; "" when unknown. */
    public static String percent(BigDecimal rate) {
        return EngagementRates.format(rate, Messages.formatLocale());
    }

    /** Money as the locale writes it: "€75.00", "75,00 €", "R$ 75,00"; "" for none. */
    public static String money(Money money) {
        return money == null ? "" : money.format(Messages.formatLocale());
    }

    /** Totals per currency as the locale writes money, "—" for none. */
    public static String money(MoneyTotals totals) {
        return totals.format(Messages.formatLocale());
    }

    /** A follower count, short: "12.4K", "12,4 k", "1,2 Mio."; "" when unknown. */
    public static String followers(Long count) {
        return FollowerCounts.abbreviate(count, Messages.formatLocale());
    }

    /** A whole number with the locale's grouping: "12,400", "12.400", "12 400". */
    public static String whole(long number) {
        return LocalNumbers.whole(number, Messages.formatLocale());
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
        return shortDate(day);
    }

    /** A day in the locale's short style ("12/3/26", "03.12.26"), or "" for none. */
    public static String shortDate(LocalDate day) {
        return day == null ? "" : date(FormatStyle.SHORT).format(day);
    }

    /** A moment as the local day, short. */
    public static String shortDate(Instant instant) {
        return instant == null ? "" : shortDate(instant.atZone(ZoneId.systemDefault()).toLocalDate());
    }

    /** A day in the locale's medium style ("Dec 3, 2026", "03.12.2026"), or "" for none. */
    public static String mediumDate(LocalDate day) {
        return day == null ? "" : date(FormatStyle.MEDIUM).format(day);
    }

    /** A day written out ("Thursday, December 3, 2026", "Donnerstag, 3. Dezember 2026"). */
    public static String fullDate(LocalDate day) {
        return day == null ? "" : date(FormatStyle.FULL).format(day);
    }

    /** A moment in local time: the day in medium style and the time short; "" for none. */
    public static String moment(Instant instant) {
        return instant == null ? "" : moment(instant.atZone(ZoneId.systemDefault()));
    }

    /** A local date and time: the day in medium style and the time short. */
    public static String moment(TemporalAccessor dateTime) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.formatLocale()).format(dateTime);
    }

    /** A month and its year as a heading: "December 2026", "Dezember 2026". */
    public static String monthAndYear(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", Messages.formatLocale()).format(month);
    }

    private static DateTimeFormatter date(FormatStyle style) {
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(Messages.formatLocale());
    }
}
