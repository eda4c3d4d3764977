package app.rapport.domain;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** ISO 3166-1 countries: codes are stored, names are shown in the user's language. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    /** A country as shown in a picker. */
    public record Country(String code, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Whether the code is an ISO 3166-1 alpha-2 code. */
    public static boolean isKnownCode(String code) {
        return code != null && CODES.contains(code.toUpperCase(Locale.ROOT));
    }

    /** Upper-cases a code, and turns blank into {@code null}; unknown codes are kept for the rules to report. */
    public static String normalizeCode(String code) {
        String c = Text.blankToNull(code);
        return c == null ? null : c.toUpperCase(Locale.ROOT);
    }

    /** The country's name in the given language, or the code itself when it is not a known code. */
    public static String displayName(String code, Locale language) {
        if (!isKnownCode(code)) {
            return Text.orEmpty(code);
        }
        return new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(language);
    }

    /** Finds a country by code or by its name in English or the given language. */
    public static Optional<String> codeFor(String codeOrName, Locale language) {
        String wanted = Text.blankToNull(codeOrName);
        if (wanted == null) {
            return Optional.empty();
        }
        if (isKnownCode(wanted)) {
            return Optional.of(wanted.toUpperCase(Locale.ROOT));
        }
        String folded = Text.fold(wanted);
        return CODES.stream()
                .filter(code -> Text.fold(displayName(code, Locale.ENGLISH)).equals(folded)
                        || Text.fold(displayName(code, language)).equals(folded))
                .findFirst();
    }

    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("usa", "US"), Map.entry("u s a", "US"), Map.entry("us", "US"),
            Map.entry("united states of america", "US"), Map.entry("america", "US"),
            Map.entry("uk", "GB"), Map.entry("u k", "GB"), Map.entry("england", "GB"),
            Map.entry("scotland", "GB"), Map.entry("wales", "GB"),
            Map.entry("great britain", "GB"), Map.entry("britain", "GB"),
            Map.entry("holland", "NL"), Map.entry("the netherlands", "NL"),
            Map.entry("korea", "KR"), Map.entry("republic of korea", "KR"),
            Map.entry("ivory coast", "CI"), Map.entry("cote d ivoire", "CI"),
            Map.entry("czech republic", "CZ"), Map.entry("russia", "RU"),
            Map.entry("deutschland", "DE"), Map.entry("espana", "ES"),
            Map.entry("italia", "IT"), Map.entry("uae", "AE"));

    /**
     * Finds a country the way people write it: a code, a name in English or the user's language, or a common
     * variant ("USA", "UK", "Côte d'Ivoire").
     */
    public static Optional<String> find(String text, Locale language) {
        Optional<String> direct = codeFor(text, language);
        if (direct.isPresent()) {
            return direct;
        }
        String key = key(text);
        String variant = VARIANTS.get(key);
        if (variant != null) {
            return Optional.of(variant);
        }
        return Optional.ofNullable(NamesInManyLanguages.INDEX.get(key));
    }

    private static String key(String text) {
        return Text.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Country names in the languages brands and creators write most ("Brasil", "Allemagne"), built once. */
    private static final class NamesInManyLanguages {
        static final Map<String, String> INDEX = build();

        private static Map<String, String> build() {
            Map<String, String> index = new HashMap<>();
            List<Locale> languages = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN,
                    new Locale("es"), new Locale("pt"), new Locale("nl"), new Locale("pl"), new Locale("sv"),
                    new Locale("da"), new Locale("nb"), new Locale("fi"), new Locale("cs"), new Locale("ro"),
                    new Locale("tr"), new Locale("ru"), new Locale("ar"), new Locale("hi"), new Locale("id"),
                    Locale.JAPANESE, Locale.KOREAN, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE,
                    Locale.getDefault());
            for (Locale language : languages) {
                for (String code : CODES) {
                    index.putIfAbsent(key(displayName(code, language)), code);
                }
            }
            return Map.copyOf(index);
        }
    }

    /** Every country, sorted by its name in the given language. */
    public static List<Country> all(Locale language) {
        Collator collator = Collator.getInstance(language);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, displayName(code, language)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }
}
