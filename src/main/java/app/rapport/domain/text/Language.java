package app.rapport.domain.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Rapport speaks, and which one it speaks to this user. */
public enum Language {
    ENGLISH("en"),
    GERMAN("de"),
    FRENCH("fr"),
    SPANISH("es"),
    ITALIAN("it"),
    BRAZILIAN_PORTUGUESE("pt-BR");

    /** The system property that chooses the language over the computer's ({@code de}, {@code xx-pseudo}). */
    public static final String PROPERTY = "rapport.locale";
    /**
     * A language no one speaks: every text bracketed, accented and 40 % longer, so a text left out of the bundles
     * or cut by its control shows at a glance, and tests can find it.
     */
    public static final Locale PSEUDO = Locale.forLanguageTag("xx-pseudo");

    private final Locale locale;

    Language(String tag) {
        this.locale = Locale.forLanguageTag(tag);
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a locale: the same language (any Portuguese reads Brazilian), else none. */
    public static Optional<Language> of(Locale wanted) {
        return Arrays.stream(values()).filter(l -> l.locale.getLanguage().equals(wanted.getLanguage())).findFirst();
    }

    /**
     * The locale Rapport speaks in: the one {@link #PROPERTY} names, else the computer's where Rapport speaks its
     * language, else English. Formats (dates, numbers) keep the computer's country where the language is its.
     */
    public static Locale chosen(String property, Locale computer) {
        if (property != null && !property.isBlank()) {
            Locale asked = Locale.forLanguageTag(property.strip().replace('_', '-'));
            if (asked.equals(PSEUDO)) {
                return PSEUDO;
            }
            return of(asked).map(l -> asked.getCountry().isEmpty() ? l.locale : asked).orElse(ENGLISH.locale);
        }
        return of(computer).isPresent() ? computer : ENGLISH.locale;
    }

    /**
     * The locale Rapport speaks in when the user may also have chosen a language in Settings: the one
     * {@link #PROPERTY} names wins, then the saved choice (with the computer's country where it speaks that
     * language, for its formats), then the computer's.
     */
    public static Locale chosen(String property, Optional<Language> saved, Locale computer) {
        if (property != null && !property.isBlank() || saved.isEmpty()) {
            return chosen(property, computer);
        }
        return of(computer).equals(saved) ? computer : saved.get().locale;
    }
}
