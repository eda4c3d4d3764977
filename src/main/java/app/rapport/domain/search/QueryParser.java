package app.rapport.domain.search;

import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialHandles;
import app.rapport.domain.Text;
import app.rapport.domain.text.DomainTexts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads a search left to right into words, filters and errors. Positions are kept so errors and chips can point at
 * the typed text, and a filter's term covers all of its value, quotes and commas included.
 */
final class QueryParser {

    /** Address schemes: {@code mailto:ana@example.com} is text to find, not a filter the search lacks. */
    private static final Set<String> SCHEMES = Set.of("http", "https", "ftp", "mailto", "tel", "file");

    private final String text;
    private final List<QueryTerm> terms = new ArrayList<>();
    private final List<QueryError> errors = new ArrayList<>();
    private int pos;

    private QueryParser(String text) {
        this.text = text;
    }

    /** The search in {@code text}; never throws. */
    static ContactQuery parse(String text) {
        return new QueryParser(text).parse();
    }

    private ContactQuery parse() {
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                return new ContactQuery(text, terms, errors);
            }
            term();
        }
    }

    private void term() {
        int start = pos;
        boolean negated = text.charAt(pos) == '-' && pos + 1 < text.length()
                && !Character.isWhitespace(text.charAt(pos + 1));
        if (negated) {
            pos++;
        }
        int keyStart = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos)) || pos < text.length()
                && text.charAt(pos) == '-' && pos > keyStart) {
            pos++;
        }
        if (pos > keyStart && pos < text.length() && text.charAt(pos) == ':') {
            String typedKey = text.substring(keyStart, pos);
            Optional<QueryKey> key = QueryKey.of(typedKey);
            if (key.isPresent()) {
                pos++;
                filter(key.get(), negated, start);
                return;
            }
            if (looksLikeAFilter(typedKey, pos + 1)) {
                pos++;
                if (filterValue(start) != null) {
                    errors.add(new QueryError(start, pos, DomainTexts.text("search.unknownFilter", typedKey,
                            QueryKey.closestTo(typedKey).stream().map(QueryKey::word)
                                    .collect(Collectors.joining(", ")))));
                }
                return;
            }
        }
        pos = keyStart;
        String value = word(start);
        if (value != null && !value.isBlank()) {
            String wanted = handleOfProfileUrl(value).orElse(value);
            terms.add(new QueryTerm(null, negated, wanted, List.of(wanted), List.of(), start, pos));
        }
    }

    /**
     * The handle of a profile address pasted as a word ({@code https://www.tiktok.com/@luna.bakes?lang=en} looks
     * for "luna.bakes"): the search keeps the handles, not the addresses a platform makes from them, and the
     * address as copied from a browser rarely matches the stored one letter for letter anyway.
     */
    private static Optional<String> handleOfProfileUrl(String word) {
        return SocialHandles.parseProfileUrl(word)
                .filter(profile -> profile.platform().makesProfileUrl(profile.handle()))
                .map(SocialHandles.Profile::handle);
    }

    /**
     * Whether {@code key:} followed by what is at {@code valueAt} is meant as a filter: a value follows the colon,
     * and the text is not an address ({@code https://…}, {@code mailto:…}). Times ({@code 10:30}) and addresses
     * without a scheme ({@code instagram.com/x}) never get here: their key is not all letters.
     */
    private boolean looksLikeAFilter(String typedKey, int valueAt) {
        if (valueAt >= text.length()) {
            return false;
        }
        char first = text.charAt(valueAt);
        return !Character.isWhitespace(first) && first != '/' && first != ':'
                && !SCHEMES.contains(typedKey.toLowerCase(Locale.ROOT));
    }

    /** A word: a quoted phrase or a run of non-blank characters; {@code null} after an unclosed quote's error. */
    private String word(int termStart) {
        if (pos < text.length() && text.charAt(pos) == '"') {
            int close = text.indexOf('"', pos + 1);
            if (close < 0) {
                unclosedQuote(termStart);
                return null;
            }
            String phrase = text.substring(pos + 1, close);
            pos = close + 1;
            return phrase;
        }
        int from = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return text.substring(from, pos);
    }

    /**
     * A filter's value as typed, up to the first blank outside quotes, so a quoted alternative in a list stays whole
     * ({@code "United States",Spain}); {@code null} after an unclosed quote's error.
     */
    private String filterValue(int termStart) {
        int from = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
            if (text.charAt(pos) == '"') {
                int close = text.indexOf('"', pos + 1);
                if (close < 0) {
                    unclosedQuote(termStart);
                    return null;
                }
                pos = close + 1;
            } else {
                pos++;
            }
        }
        return text.substring(from, pos);
    }

    private void unclosedQuote(int termStart) {
        errors.add(new QueryError(termStart, text.length(), DomainTexts.text("search.openQuote")));
        pos = text.length();
    }

    /**
     * Takes in the rest of a follower count written with spaces between its groups ({@code >1 000 000},
     * {@code 10 000..20 000}), which a blank would otherwise end: a space followed by exactly three digits
     * continues a number whose last group has one to three digits. {@code followers:>1 000 vegan} stops before
     * "vegan".
     */
    private boolean spacedGroups(int valueStart, int termStart) {
        while (pos + 4 <= text.length() && text.charAt(pos) == ' ' && lastGroupFits(valueStart)
                && threeDigitsAt(pos + 1)
                && (pos + 4 == text.length() || !Character.isLetterOrDigit(text.charAt(pos + 4)))) {
            pos += 4;
            if (filterValue(termStart) == null) {
                return false;
            }
        }
        return true;
    }

    private boolean lastGroupFits(int valueStart) {
        int digits = 0;
        while (pos - digits > valueStart && WrittenValue.isDigit(text.charAt(pos - digits - 1))) {
            digits++;
        }
        return digits >= 1 && digits <= 3;
    }

    private boolean threeDigitsAt(int at) {
        for (int i = at; i < at + 3; i++) {
            if (!WrittenValue.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void filter(QueryKey key, boolean negated, int start) {
        int valueStart = pos;
        if (filterValue(start) == null || key == QueryKey.FOLLOWERS && !spacedGroups(valueStart, start)) {
            return;
        }
        String written = text.substring(valueStart, pos);
        List<String> values = WrittenValue.alternatives(written,
                key == QueryKey.FOLLOWERS || key == QueryKey.ENGAGEMENT);
        if (key == QueryKey.HANDLE) {
            // Handles are stored without their @: "@luna" looks for "luna".
            values = values.stream().map(v -> v.replaceFirst("^@+", "")).filter(v -> !v.isEmpty()).toList();
        }
        if (values.isEmpty()) {
            fail(start, DomainTexts.text("search.valueMissing", key.word(), key.examples().get(0)));
            return;
        }
        String raw = WrittenValue.raw(written).strip();
        List<NumberRange> ranges = List.of();
        String problem = null;
        switch (key) {
            case FOLLOWERS, ENGAGEMENT, FIT -> {
                NumberRanges.Reading reading = NumberRanges.read(key, values);
                ranges = reading.ranges();
                problem = reading.problem();
            }
            case STATUS -> problem = firstUnknown(values, v -> ContactQuery.status(v).isPresent(), "status",
                    Arrays.stream(OutreachStatus.values()).map(s -> Text.fold(s.label()).replace(' ', '_')).toList());
            case PLATFORM -> problem = firstUnknown(values, v -> Platform.fromName(v).isPresent(), "platform",
                    Arrays.stream(Platform.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
            case COUNTRY -> problem = firstUnknown(values, v -> ContactQuery.country(v).isPresent(), "country",
                    List.of());
            case FOLLOWUP -> problem = firstUnknown(values,
                    v -> ContactQuery.FOLLOW_UPS.contains(v.toLowerCase(Locale.ROOT)), "followUp",
                    List.of("overdue", "today", "due", "week", "planned", "none"));
            case HAS -> problem = firstUnknown(values,
                    v -> ContactQuery.HAS_VALUES.contains(v.toLowerCase(Locale.ROOT)), "has",
                    List.of("email", "phone", "followup", "fit", "notes"));
            case STALE -> problem = ContactQuery.yesNo(raw).isPresent() ? null
                    : DomainTexts.text("search.staleYesNo");
            default -> problem = null;
        }
        if (problem != null) {
            fail(start, problem);
            return;
        }
        terms.add(new QueryTerm(key, negated, raw, values, ranges, start, pos));
    }

    private static String firstUnknown(List<String> values, Predicate<String> known, String what,
            List<String> choices) {
        return values.stream().filter(known.negate()).findFirst()
                .map(v -> DomainTexts.text("search.unknown." + what, v, String.join(", ", choices)))
                .orElse(null);
    }

    private void fail(int start, String message) {
        errors.add(new QueryError(start, Math.max(pos, start + 1), message));
    }
}
