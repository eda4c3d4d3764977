package app.rapport.exchange;

import app.rapport.domain.Platform;
import app.rapport.domain.sheet.ColumnGuess;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.sheet.RawTable;
import app.rapport.exchange.HeaderWords.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what each column holds from its header and its values together: a column named "Tiktoker name" whose
 * values have no spaces is TikTok handles, one named "instagram name" full of spaced words is the display name,
 * "Subscribers" after a YouTube column is that channel's followers, a running 1, 2, 3 is a rank to leave out.
 * Every guess carries its reason.
 */
public final class ColumnGuesser {

    /** The platform assumed for a bare "Followers" or "Handle" when nothing in the file names one. */
    static final Platform USUAL_PLATFORM = Platform.INSTAGRAM;

    private ColumnGuesser() {
    }

    /**
     * A field for each header (ignored columns left out); a field is used once, except those several columns
     * may fill together (tags, notes, real name).
     *
     * @param platform what the whole file is about, or {@code null}
     */
    public static Map<String, ImportField> guess(RawTable table, Platform platform) {
        Map<String, ImportField> mapping = new LinkedHashMap<>();
        explain(table, platform).forEach((header, guess) -> {
            if (!guess.isIgnored()) {
                mapping.put(header, guess.field());
            }
        });
        return mapping;
    }

    /** What every column holds (or why it is left out), in the file's order. */
    public static Map<String, ColumnGuess> explain(RawTable table, Platform platform) {
        return explain(table, platform, Map.of());
    }

    /**
     * The same, with some columns decided by the user ({@code --map}, the wizard): those are kept as given and
     * the others guessed around them, so a field the user chose is not guessed for another column. A header
     * mapped to {@code null} is left out.
     */
    public static Map<String, ColumnGuess> explain(RawTable table, Platform platform, Map<String, ImportField> chosen) {
        return explain(table, platform, chosen, null);
    }

    /**
     * The same, with the name of the file (and sheet) it came from: "top_instagram_influencers.csv" says which
     * platform a bare "channel_info" or "followers" is on when the headers do not.
     */
    public static Map<String, ColumnGuess> explain(RawTable table, Platform platform, Map<String, ImportField> chosen,
            String source) {
        List<String> headers = table.headers();
        Platform hinted = HeaderWords.platformNamedIn(source);
        List<HeaderWords.Reading> readings = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            HeaderWords.Reading r = HeaderWords.read(headers.get(c));
            // "Instagram" merged over "Handle | Followers | ER" names the platform the headers leave out.
            Platform group = r.platform() == null ? HeaderWords.read(table.groupOf(c)).platform() : null;
            readings.add(group != null ? r.on(group) : r.weak() && hinted != null ? r.on(hinted) : r);
        }
        List<ColumnValues> values = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            values.add(ColumnValues.of(table, c));
        }
        Platform only = onlyPlatformNamed(readings, values, platform);
        if (only == null && hinted != null && readings.stream().allMatch(r -> r.platform() == null)) {
            only = hinted;
        }
        List<ColumnGuess> guesses = new ArrayList<>();
        Platform left = platform;
        for (int c = 0; c < headers.size(); c++) {
            ImportField given = chosen.get(headers.get(c));
            ColumnGuess guess = given != null ? ColumnGuess.of(given, "chosen by you")
                    : chosen.containsKey(headers.get(c)) ? ColumnGuess.ignored("left out by you")
                    : guessOne(headers.get(c), readings.get(c), values.get(c), platform, left, only);
            guesses.add(guess);
            if (!guess.isIgnored() && guess.field().isAccount()) {
                left = guess.field().platform();
            } else if (readings.get(c).platform() != null && platform == null) {
                left = readings.get(c).platform();
            }
        }
        engagementOnFirstPlatform(readings, guesses, platform, chosen.keySet(), headers);
        fullNameBesideAName(readings, guesses, chosen.keySet(), headers);
        Conflicts.settle(headers, guesses, values, chosen.keySet());
        nameBesideHandles(headers, readings, values, guesses);
        Map<String, ColumnGuess> result = new LinkedHashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            result.put(headers.get(c), guesses.get(c));
        }
        return result;
    }

    static ColumnGuess guessOne(String header, HeaderWords.Reading reading, ColumnValues values, Platform file,
            Platform left, Platform only) {
        Optional<ImportField> exact = ImportField.named(header, file);
        if (exact.isPresent()) {
            return ColumnGuess.of(exact.get(), "the header names the field");
        }
        if (values.isEmpty()) {
            return ColumnGuess.ignored("the column is empty");
        }
        Platform named = reading.platform();
        Role role = reading.role();
        if (role == Role.INDEX || role != Role.NAME && values.running >= 0.9 && values.exactCounts >= 0.9
                && role != Role.FOLLOWERS && role != Role.SUBSCRIBERS) {
            return ColumnGuess.ignored("a rank or row number");
        }
        Where context = named != null ? new Where(named, "")
                : file != null ? new Where(file, "; the whole file is from " + file.label())
                : left != null ? new Where(left, "; " + left.label() + " from the column before", true)
                : only != null ? new Where(only, "; " + only.label() + ", the only platform the file names")
                : new Where(USUAL_PLATFORM, "; no platform named, so " + USUAL_PLATFORM.label());
        return switch (role) {
            case FOLLOWERS, SUBSCRIBERS -> followers(role, named, context, values);
            case ENGAGEMENT -> values.percents >= 0.3
                    ? account(context.platform(), "engagement", "header says engagement" + context.why())
                    : ColumnGuess.ignored("header says engagement, but the values are not rates");
            case HANDLE, ON_PLATFORM, PROFILE_LINK -> onPlatform(role, context, values);
            case NAME, FULL_NAME -> name(role, values, context);
            case REAL_NAME -> contact("real_name", "header says real name");
            case EMAIL, CONTACT -> contactDetails(role, values);
            case PHONE -> values.emails >= 0.5 ? contact("email", "values are email addresses")
                    : contact("phone", "header says phone");
            case CITY -> contact("city", "header says city");
            case COUNTRY -> contact("country", "header says country");
            case LANGUAGES -> contact("languages", "header says language");
            case TAGS -> contact("tags", "header says niche or category");
            case NOTES -> values.ratings >= 0.9 ? contact("fit", "ratings from 1 to 5")
                    : contact("notes", "header says notes");
            case WEBSITE -> values.websites + values.links < 0.3 && values.looksLikeNames()
                    ? contact("name", "header says blog, and the values are names, not web addresses")
                    : contact("website", "header says website");
            case FIT -> values.ratings >= 0.8 ? contact("fit", "ratings from 1 to 5")
                    : ColumnGuess.ignored("a score, but not a fit rating from 1 to 5");
            case RED_FLAGS -> contact("red_flags", "header says red flags");
            case STATUS -> values.statuses >= 0.5 ? contact("status", "values are outreach statuses")
                    : ColumnGuess.ignored("values are not outreach statuses (Prospect, Contacted, Replied…)");
            case OTHER -> ColumnGuess.ignored("Rapport keeps no field for this");
            case INDEX -> ColumnGuess.ignored("a rank or row number");
            case UNKNOWN -> byValuesAlone(values, context);
        };
    }

    private static ColumnGuess followers(Role role, Platform named, Where context, ColumnValues values) {
        // The header is clear: only values that are mostly not counts overrule it.
        if (values.counts < 0.3) {
            return ColumnGuess.ignored("header says followers, but the values are not counts");
        }
        if (role == Role.SUBSCRIBERS && named == null && !context.fromColumns()) {
            return account(Platform.YOUTUBE, "followers", "subscribers are YouTube's followers");
        }
        return account(context.platform(), "followers", "header says followers" + context.why());
    }

    /** A handle, a display name or a profile link on a platform: the values decide. */
    private static ColumnGuess onPlatform(Role role, Where context, ColumnValues values) {
        Platform platform = context.platform();
        if (values.links >= 0.6) {
            Platform linked = values.linkPlatform != null ? values.linkPlatform : platform;
            return account(linked, "url", "values are " + linked.label() + " profile links");
        }
        if (values.looksLikeHandles() || role == Role.HANDLE && values.spaced < 0.5 && values.counts < 0.5) {
            return account(platform, "handle", "values look like " + platform.label() + " handles"
                    + context.why());
        }
        if (role == Role.PROFILE_LINK) {
            return ColumnGuess.ignored("header says link, but the values are not profile links");
        }
        if (values.counts >= 0.6) {
            return account(platform, "followers", "values are " + platform.label() + " follower counts");
        }
        return contact("name", "values have spaces: display names, not handles");
    }

    private static ColumnGuess name(Role role, ColumnValues values, Where context) {
        if (values.links >= 0.6) {
            Platform linked = values.linkPlatform != null ? values.linkPlatform : context.platform();
            return account(linked, "url", "values are " + linked.label() + " profile links");
        }
        if (values.atSigns >= 0.6 && values.spaced <= 0.1) {
            return account(context.platform(), "handle", "values are @handles" + context.why());
        }
        if (values.onlyEmails >= 0.6) {
            return contact("email", "values are email addresses");
        }
        return role == Role.FULL_NAME ? contact("name", "header says full name")
                : contact("name", "header says name");
    }

    private static ColumnGuess contactDetails(Role role, ColumnValues values) {
        if (values.emails >= 0.3) {
            return contact("email", values.onlyEmails >= 0.8 ? "values are email addresses"
                    : "values hold email addresses among other words");
        }
        if (values.phones >= 0.5) {
            return contact("phone", "values are phone numbers");
        }
        if (role == Role.CONTACT && values.looksLikeNames() && values.spaced >= 0.5) {
            return contact("name", "values are people's names");
        }
        return role == Role.EMAIL ? ColumnGuess.ignored("header says email, but the values hold none")
                : contact("notes", "contact details without an email; kept in notes");
    }

    /** A header that says nothing Rapport knows: only values that cannot be anything else decide. */
    private static ColumnGuess byValuesAlone(ColumnValues values, Where context) {
        if (values.links >= 0.6 && values.linkPlatform != null) {
            return account(values.linkPlatform, "url", "values are " + values.linkPlatform.label() + " profile links");
        }
        if (values.websites >= 0.6) {
            return contact("website", "values are web addresses");
        }
        if (values.emails >= 0.6) {
            return contact("email", "values are email addresses");
        }
        if (values.atSigns >= 0.8 && values.spaced <= 0.1) {
            return account(context.platform(), "handle", "values are @handles" + context.why());
        }
        return ColumnGuess.ignored("no field matches this header");
    }

    /**
     * A sheet with several platforms and one "Engagement rate" means its main account: a bare engagement column is
     * the first platform's (in the row's order) that has none yet, not the one of the column just before it.
     */
    private static void engagementOnFirstPlatform(List<HeaderWords.Reading> readings, List<ColumnGuess> guesses,
            Platform file, Set<String> chosen, List<String> headers) {
        if (file != null) {
            return;
        }
        List<Platform> order = new ArrayList<>();
        Set<Platform> withEngagement = EnumSet.noneOf(Platform.class);
        for (int c = 0; c < guesses.size(); c++) {
            ColumnGuess g = guesses.get(c);
            if (g.isIgnored() || !g.field().isAccount()) {
                continue;
            }
            Platform p = g.field().platform();
            if (!"engagement".equals(g.field().part())) {
                if (!order.contains(p)) {
                    order.add(p);
                }
                continue;
            }
            if (readings.get(c).platform() == null && !chosen.contains(headers.get(c))) {
                Platform first = order.stream().filter(o -> !withEngagement.contains(o)).findFirst().orElse(p);
                if (first != p) {
                    guesses.set(c, account(first, "engagement", "header says engagement; " + first.label()
                            + ", the first platform of the row without one"));
                    p = first;
                }
            }
            withEngagement.add(p);
        }
    }

    /**
     * "Imię i nazwisko" beside "Nazwa profilu": a person's full name is the real name when another column names
     * them.
     */
    private static void fullNameBesideAName(List<HeaderWords.Reading> readings, List<ColumnGuess> guesses,
            Set<String> chosen, List<String> headers) {
        boolean otherName = false;
        for (int c = 0; c < guesses.size(); c++) {
            otherName |= isName(guesses.get(c)) && readings.get(c).role() != Role.FULL_NAME;
        }
        for (int c = 0; c < guesses.size() && otherName; c++) {
            if (isName(guesses.get(c)) && readings.get(c).role() == Role.FULL_NAME
                    && !chosen.contains(headers.get(c))) {
                guesses.set(c, contact("real_name", "a person's full name beside the name they go by"));
            }
        }
    }

    private static boolean isName(ColumnGuess guess) {
        return !guess.isIgnored() && guess.field().id().equals("name");
    }

    /**
     * "A column of distinct free text with spaces next to a handle column is the display name": when no column
     * is the name, an unrecognised neighbour of the first handle column that reads like names becomes it.
     */
    private static void nameBesideHandles(List<String> headers, List<HeaderWords.Reading> readings,
            List<ColumnValues> values, List<ColumnGuess> guesses) {
        if (guesses.stream().anyMatch(g -> !g.isIgnored() && g.field().id().equals("name"))) {
            return;
        }
        for (int c = 0; c < guesses.size(); c++) {
            ColumnGuess g = guesses.get(c);
            if (!g.isIgnored() && "handle".equals(g.field().part())) {
                for (int n : new int[] {c - 1, c + 1}) {
                    if (n >= 0 && n < guesses.size() && guesses.get(n).isIgnored()
                            && readings.get(n).role() == Role.UNKNOWN && values.get(n).looksLikeNames()
                            && values.get(n).spaced >= 0.3 && values.get(n).distinct >= 0.8) {
                        guesses.set(n, contact("name", "distinct names beside the handles"));
                        return;
                    }
                }
                return;
            }
        }
    }

    /**
     * The one platform the file is about, when exactly one is named by the headers or the links; the file's
     * platform when the user gave one.
     */
    private static Platform onlyPlatformNamed(List<HeaderWords.Reading> readings, List<ColumnValues> values,
            Platform file) {
        if (file != null) {
            return file;
        }
        Set<Platform> named = EnumSet.noneOf(Platform.class);
        readings.forEach(r -> {
            if (r.platform() != null) {
                named.add(r.platform());
            }
        });
        values.forEach(v -> {
            if (v.links >= 0.6 && v.linkPlatform != null) {
                named.add(v.linkPlatform);
            }
        });
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** The platform a column without one of its own is taken to be on, and how that was decided. */
    private record Where(Platform platform, String why, boolean fromColumns) {

        Where(Platform platform, String why) {
            this(platform, why, false);
        }
    }

    private static ColumnGuess account(Platform platform, String part, String reason) {
        return ColumnGuess.of(ImportField.account(platform, part), reason);
    }

    private static ColumnGuess contact(String id, String reason) {
        return ColumnGuess.of(ImportField.named(id, null).orElseThrow(), reason);
    }
}
