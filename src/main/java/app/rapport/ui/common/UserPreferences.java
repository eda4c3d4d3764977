package app.rapport.ui.common;

import app.rapport.domain.text.Language;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.LoggerFactory;

/**
 * What one person chose for every workspace they open (the language, the theme), kept in the operating system's
 * per-user preferences rather than in a workspace, which may be shared with a team.
 */
public final class UserPreferences {

    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";

    private final Preferences node;

    /** @param node where the choices live; tests pass a node of their own and remove it after */
    public UserPreferences(Preferences node) {
        this.node = node;
    }

    /** This user's choices, as the app keeps them. */
    public static UserPreferences forThisUser() {
        return new UserPreferences(Preferences.userRoot().node("app/rapport"));
    }

    /** The language chosen in Settings, or none to speak the computer's. */
    public Optional<Language> language() {
        String tag = node.get(LANGUAGE, "");
        return tag.isEmpty() ? Optional.empty() : Language.of(Locale.forLanguageTag(tag));
    }

    /** Keeps the language for the next start; none speaks the computer's. Writes to disk: not on the FX thread. */
    public void setLanguage(Optional<Language> language) {
        language.ifPresentOrElse(l -> node.put(LANGUAGE, l.locale().toLanguageTag()), () -> node.remove(LANGUAGE));
        flush();
    }

    /** The theme chosen in Settings; following the computer until one is chosen. */
    public ThemeChoice theme() {
        String name = node.get(THEME, ThemeChoice.SYSTEM.name());
        try {
            return ThemeChoice.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return ThemeChoice.SYSTEM;
        }
    }

    /** Keeps the theme. Writes to disk: not on the FX thread. */
    public void setTheme(ThemeChoice theme) {
        node.put(THEME, theme.name());
        flush();
    }

    /** Written at once, so a choice survives a killed process; a failure leaves it kept until the JVM exits. */
    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LoggerFactory.getLogger(UserPreferences.class).warn("Could not store the user's preferences", e);
        }
    }
}
