package app.rapport.exchange;

import app.rapport.domain.Countries;
import app.rapport.domain.EngagementRates;
import app.rapport.domain.FollowerCounts;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialHandles;
import app.rapport.domain.StatusWords;
import app.rapport.domain.sheet.RawTable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a column's values look like, as shares of its filled cells: profile links (and to which platform),
 * handles, emails, follower counts, percentages, free text, a running number. The guesser weighs these
 * against the header.
 */
final class ColumnValues {

    /** How many rows are looked at; enough to judge, quick on a 100,000-row file. */
    static final int SAMPLE = 200;

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)*\\.\\p{L}{2,}");
    /** What handles are made of on the platforms that have them: no spaces, letters, digits, dot, dash, underscore. */
    private static final Pattern HANDLE = Pattern.compile("@?[\\p{L}\\p{N}._-]{2,40}");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,15}");
    private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s().-]{7,20}");
    private static final Pattern DATE = Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}.*|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}.*");
    private static final Pattern PERCENT = Pattern.compile(
            "\\d{1,3}(?:[.,]\\d+)?\\s*%|%\\s*\\d{1,3}(?:[.,]\\d+)?|0[.,]\\d+|\\d{1,2}[.,]\\d+");
    private static final Pattern RATING = Pattern.compile("[1-5](?:\\s*/\\s*5)?");
    private static final Set<String> EMPTY = Set.of("", "n/a", "na", "-", "--", "—", "none", "null", "nan", "?",
            "tbd", "tba", "#n/a");

    final int filled;
    final double links;
    final Platform linkPlatform;
    final double websites;
    final double emails;
    final double onlyEmails;
    final double handles;
    final double atSigns;
    final double spaced;
    final double counts;
    final double exactCounts;
    final double percents;
    final double running;
    final double ratings;
    final double statuses;
    final double countries;
    final double phones;
    final double distinct;
    final double numbers;

    private ColumnValues(List<String> values) {
        filled = values.size();
        Map<Platform, Integer> byPlatform = new EnumMap<>(Platform.class);
        int link = 0;
        int site = 0;
        int email = 0;
        int onlyEmail = 0;
        int handle = 0;
        int at = 0;
        int space = 0;
        int count = 0;
        int exact = 0;
        int percent = 0;
        int rating = 0;
        int status = 0;
        int country = 0;
        int phone = 0;
        int number = 0;
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            seen.add(v.toLowerCase(Locale.ROOT));
            Optional<SocialHandles.Profile> profile = SocialHandles.looksLikeUrl(v)
                    ? SocialHandles.parseProfileUrl(v) : Optional.empty();
            if (profile.isPresent() && profile.get().platform() != Platform.BLOG) {
                link++;
                byPlatform.merge(profile.get().platform(), 1, Integer::sum);
            } else if (profile.isPresent()) {
                site++;
            }
            boolean hasEmail = EMAIL.matcher(v).find();
            if (hasEmail) {
                email++;
                onlyEmail += EMAIL.matcher(v).matches() ? 1 : 0;
            }
            boolean isInteger = INTEGER.matcher(v).matches();
            boolean isCount = isCount(v);
            if (!hasEmail && !isInteger && HANDLE.matcher(v).matches() && !isCount && !v.contains("..")) {
                handle++;
            }
            at += v.startsWith("@") && v.length() > 1 ? 1 : 0;
            space += v.strip().contains(" ") ? 1 : 0;
            count += isCount ? 1 : 0;
            exact += isInteger ? 1 : 0;
            percent += PERCENT.matcher(v).matches() && isRate(v) ? 1 : 0;
            rating += RATING.matcher(v).matches() ? 1 : 0;
            status += isStatus(v) ? 1 : 0;
            country += v.length() <= 60 && Countries.find(v, Locale.ROOT).isPresent() ? 1 : 0;
            phone += PHONE.matcher(v).matches() && v.replaceAll("\\D", "").length() >= 7 && !isInteger
                    && !DATE.matcher(v).matches() ? 1 : 0;
            number += isCount || isRate(v) ? 1 : 0;
        }
        int n = Math.max(1, filled);
        this.links = link / (double) n;
        int links = link;
        linkPlatform = byPlatform.entrySet().stream().filter(e -> e.getValue() * 10 >= links * 8)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        websites = site / (double) n;
        emails = email / (double) n;
        onlyEmails = onlyEmail / (double) n;
        handles = handle / (double) n;
        atSigns = at / (double) n;
        spaced = space / (double) n;
        counts = count / (double) n;
        exactCounts = exact / (double) n;
        percents = percent / (double) n;
        running = runningShare(values);
        ratings = rating / (double) n;
        statuses = status / (double) n;
        countries = country / (double) n;
        phones = phone / (double) n;
        distinct = seen.size() / (double) n;
        numbers = number / (double) n;
    }

    /** The filled values of column {@code c}, from the first {@value #SAMPLE} rows. */
    static ColumnValues of(RawTable table, int c) {
        return new ColumnValues(table.rows().stream().limit(SAMPLE).map(r -> r.get(c).strip())
                .filter(v -> !EMPTY.contains(v.toLowerCase(Locale.ROOT))).toList());
    }

    boolean isEmpty() {
        return filled == 0;
    }

    /** Mostly handles: no spaces, a handle's characters, mostly different from each other. */
    boolean looksLikeHandles() {
        return filled > 0 && handles + links >= 0.8 && distinct >= 0.5;
    }

    /** Mostly free text with spaces, as names are. */
    boolean looksLikeNames() {
        return filled > 0 && counts < 0.5 && emails < 0.3 && links < 0.5 && !looksLikeHandles();
    }

    private static boolean isCount(String v) {
        try {
            return FollowerCounts.parse(v).isPresent();
        } catch (NumberFormatException | ArithmeticException e) {
            return false;
        }
    }

    private static boolean isRate(String v) {
        try {
            Optional<BigDecimal> rate = EngagementRates.parse(v);
            return rate.isPresent() && rate.get().signum() >= 0 && rate.get().compareTo(BigDecimal.valueOf(100)) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isStatus(String v) {
        return StatusWords.find(v).isPresent();
    }

    /** The share of rows that continue a count by one (1, 2, 3…): a rank or row number. */
    private static double runningShare(List<String> values) {
        if (values.size() < 3) {
            return 0;
        }
        int steps = 0;
        Long previous = null;
        for (String v : values) {
            String digits = v.replaceFirst("^#", "").replaceFirst("\\.$", "");
            Long current = INTEGER.matcher(digits).matches() && digits.length() <= 7 ? Long.parseLong(digits) : null;
            if (previous != null && current != null && (current == previous + 1 || current.equals(previous))) {
                steps++;
            }
            previous = current;
        }
        return steps / (double) (values.size() - 1);
    }
}
