package app.rapport.exchange;

import app.rapport.domain.Platform;
import app.rapport.domain.sheet.ColumnGuess;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.sheet.RawTable;
import app.rapport.domain.text.DomainTexts;
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
            ColumnGuess guess = given != null ? ColumnGuess.of(given, DomainTexts.text("guess.chosenByYou"))
                    : chosen.containsKey(headers.get(c)) ? ColumnGuess.ignored(DomainTexts.text("guess.leftOutByYou"))
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
            return ColumnGuess.of(exact.get(), DomainTexts.text("guess.headerNamesField"));
        }
        if (values.isEmpty()) {
            return ColumnGuess.ignored(DomainTexts.text("guess.empty"));
        }
        Platform named = reading.platform();
        Role role = reading.role();
        if (role == Role.INDEX || role != Role.NAME && values.running >= 0.9 && values.exactCounts >= 0.9
                && role != Role.FOLLOWERS && role != Role.SUBSCRIBERS) {
            return ColumnGuess.ignored(DomainTexts.text("guess.rank"));
        }
        Where context = named != null ? new Where(named, null)
                : file != null ? new Where(file, "guess.where.file")
                : left != null ? new Where(left, "guess.where.left", true)
                : only != null ? new Where(only, "guess.where.only")
                : new Where(USUAL_PLATFORM, "guess.where.usual");
        return switch (role) {
            case FOLLOWERS, SUBSCRIBERS -> followers(role, named, context, values);
            case ENGAGEMENT -> values.percents >= 0.3
                    ? account(context.platform(), "engagement", context.why("guess.engagement"))
                    : ColumnGuess.ignored(DomainTexts.text("guess.engagementNotRates"));
            case HANDLE, ON_PLATFORM, PROFILE_LINK -> onPlatform(role, context, values);
            case NAME, FULL_NAME -> name(role, values, context);
            case REAL_NAME -> contact("real_name", DomainTexts.text("guess.realName"));
            case EMAIL, CONTACT -> contactDetails(role, values);
            case PHONE -> values.emails >= 0.5 ? contact("email", DomainTexts.text("guess.emails"))
                    : contact("phone", DomainTexts.text("guess.phone"));
            case CITY -> contact("city", DomainTexts.text("guess.city"));
            case COUNTRY -> contact("country", DomainTexts.text("guess.country"));
            case LANGUAGES -> contact("languages", DomainTexts.text("guess.language"));
            case TAGS -> contact("tags", DomainTexts.text("guess.niche"));
            case NOTES -> values.ratings >= 0.9 ? contact("fit", DomainTexts.text("guess.ratings"))
                    : contact("notes", DomainTexts.text("guess.notes"));
            case WEBSITE -> values.websites + values.links < 0.3 && values.looksLikeNames()
                    ? contact("name", DomainTexts.text("guess.blogNames"))
                    : contact("website", DomainTexts.text("guess.website"));
            case FIT -> values.ratings >= 0.8 ? contact("fit", DomainTexts.text("guess.ratings"))
                    : ColumnGuess.ignored(DomainTexts.text("guess.scoreNotFit"));
            case RED_FLAGS -> contact("red_flags", DomainTexts.text("guess.redFlags"));
            case STATUS -> values.statuses >= 0.5 ? contact("status", DomainTexts.text("guess.statuses"))
                    : ColumnGuess.ignored(DomainTexts.text("guess.notStatuses"));
            case OTHER -> ColumnGuess.ignored(DomainTexts.text("guess.noField"));
            case INDEX -> ColumnGuess.ignored(DomainTexts.text("guess.rank"));
            case UNKNOWN -> byValuesAlone(values, context);
        };
    }

    private static ColumnGuess followers(Role role, Platform named, Where context, ColumnValues values) {
        // The header is clear: only values that are mostly not counts overrule it.
        if (values.counts < 0.3) {
            return ColumnGuess.ignored(DomainTexts.text("guess.followersNotCounts"));
        }
        if (role == Role.SUBSCRIBERS && named == null && !context.fromColumns()) {
            return account(Platform.YOUTUBE, "followers", DomainTexts.text("guess.subscribers"));
        }
        return account(context.platform(), "followers", context.why("guess.followers"));
    }

    /** A handle, a display name or a profile link on a platform: the values decide. */
    private static ColumnGuess onPlatform(Role role, Where context, ColumnValues values) {
        Platform platform = context.platform();
        if (values.links >= 0.6) {
            Platform linked = values.linkPlatform != null ? values.linkPlatform : platform;
            return account(linked, "url", DomainTexts.text("guess.profileLinks", linked.label()));
        }
        if (values.looksLikeHandles() || role == Role.HANDLE && values.spaced < 0.5 && values.counts < 0.5) {
            return account(platform, "handle", context.why("guess.handles"));
        }
        if (role == Role.PROFILE_LINK) {
            return ColumnGuess.ignored(DomainTexts.text("guess.linkNotProfiles"));
        }
        if (values.counts >= 0.6) {
            return account(platform, "followers", DomainTexts.text("guess.followerCounts", platform.label()));
        }
        return contact("name", DomainTexts.text("guess.spacedNames"));
    }

    private static ColumnGuess name(Role role, ColumnValues values, Where context) {
        if (values.links >= 0.6) {
            Platform linked = values.linkPlatform != null ? values.linkPlatform : context.platform();
            return account(linked, "url", DomainTexts.text("guess.profileLinks", linked.label()));
        }
        if (values.atSigns >= 0.6 && values.spaced <= 0.1) {
            return account(context.platform(), "handle", context.why("guess.atHandles"));
        }
        if (values.onlyEmails >= 0.6) {
            return contact("email", DomainTexts.text("guess.emails"));
        }
        return role == Role.FULL_NAME ? contact("name", DomainTexts.text("guess.fullName"))
                : contact("name", DomainTexts.text("guess.name"));
    }

    private static ColumnGuess contactDetails(Role role, ColumnValues values) {
        if (values.emails >= 0.3) {
            return contact("email", values.onlyEmails >= 0.8 ? DomainTexts.text("guess.emails")
                    : DomainTexts.text("guess.emailsAmongWords"));
        }
        if (values.phones >= 0.5) {
            return contact("phone", DomainTexts.text("guess.phones"));
        }
        if (role == Role.CONTACT && values.looksLikeNames() && values.spaced >= 0.5) {
            return contact("name", DomainTexts.text("guess.peoplesNames"));
        }
        return role == Role.EMAIL ? ColumnGuess.ignored(DomainTexts.text("guess.emailNone"))
                : contact("notes", DomainTexts.text("guess.contactDetailsInNotes"));
    }

    /** A header that says nothing Rapport knows: only values that cannot be anything else decide. */
    private static ColumnGuess byValuesAlone(ColumnValues values, Where context) {
        if (values.links >= 0.6 && values.linkPlatform != null) {
            return account(values.linkPlatform, "url", DomainTexts.text("guess.profileLinks",
                    values.linkPlatform.label()));
        }
        if (values.websites >= 0.6) {
            return contact("website", DomainTexts.text("guess.webAddresses"));
        }
        if (values.emails >= 0.6) {
            return contact("email", DomainTexts.text("guess.emails"));
        }
        if (values.atSigns >= 0.8 && values.spaced <= 0.1) {
            return account(context.platform(), "handle", context.why("guess.atHandles"));
        }
        return ColumnGuess.ignored(DomainTexts.text("guess.noMatch"));
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
                    guesses.set(c, account(first, "engagement", DomainTexts.text("guess.engagementFirst",
                            first.label())));
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
                guesses.set(c, contact("real_name", DomainTexts.text("guess.fullNameBeside")));
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
                        guesses.set(n, contact("name", DomainTexts.text("guess.namesBesideHandles")));
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
    /**
     * The platform a column's figures belong to, and the key of the clause that says how it was found
     * ({@code null} when the header names it).
     */
    private record Where(Platform platform, String whereKey, boolean fromColumns) {

        Where(Platform platform, String whereKey) {
            this(platform, whereKey, false);
        }

        /** The reason under {@code key} for this platform, with the clause saying where the platform came from. */
        String why(String key) {
            return DomainTexts.text(whereKey == null ? key : key + ".where",
                    platform.label(), whereKey == null ? "" : DomainTexts.text(whereKey, platform.label()));
        }
    }

    private static ColumnGuess account(Platform platform, String part, String reason) {
        return ColumnGuess.of(ImportField.account(platform, part), reason);
    }

    private static ColumnGuess contact(String id, String reason) {
        return ColumnGuess.of(ImportField.named(id, null).orElseThrow(), reason);
    }
}
