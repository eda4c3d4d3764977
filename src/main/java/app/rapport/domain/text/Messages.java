package app.rapport.domain.text;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one source of what Rapport says: every sentence shown to a user comes from a resource bundle in the
 * chosen language ({@link Language#chosen}), filled in with {@link MessageFormat} (plurals as
 * {@code {0,choice,1#one contact|1<{0,number,integer} contacts}}), never put together from pieces.
 */
public final class Messages {

    private static volatile Locale current = Language.chosen(System.getProperty(Language.PROPERTY),
            Locale.getDefault());

    private Messages() {
    }

    /** The locale Rapport speaks in now. */
    public static Locale locale() {
        return current;
    }

    /**
     * Speaks {@code locale} until the returned handle is closed, then the language before: for tests, and for a
     * language chosen in Settings.
     */
    public static Speaking speak(Locale locale) {
        Locale before = current;
        current = locale;
        return () -> current = before;
    }

    /** The way back to the language spoken before {@link #speak}. */
    @FunctionalInterface
    public interface Speaking extends AutoCloseable {
        @Override
        void close();
    }

    /** The bundle {@code baseName} in the current language (the pseudo-language made from the English one). */
    public static ResourceBundle bundle(String baseName) {
        if (current.equals(Language.PSEUDO)) {
            return new PseudoBundle(ResourceBundle.getBundle(baseName, Locale.ROOT, Control.NO_FALLBACK));
        }
        Locale language = Language.of(current).map(Language::locale).orElse(Locale.ROOT);
        return ResourceBundle.getBundle(baseName, language, Control.NO_FALLBACK);
    }

    /**
     * The bundle as FXML reads it ({@code text="%contacts.newButton"}): each pattern as it reads with nothing
     * filled in, so the bundles keep one rule ({@code ''} is one apostrophe) for views and code alike.
     */
    public static ResourceBundle texts(String baseName) {
        ResourceBundle patterns = bundle(baseName);
        Locale locale = formatLocale();
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return new MessageFormat(patterns.getString(key), locale).format(new Object[0]);
            }

            @Override
            public Enumeration<String> getKeys() {
                return patterns.getKeys();
            }
        };
    }

    /**
     * The locale values are written and read in (dates, amounts, percentages, counts): the one spoken, and English
     * for the pseudo-language, whose texts are English underneath.
     */
    public static Locale formatLocale() {
        return current.equals(Language.PSEUDO) ? Locale.ENGLISH : current;
    }

    /** The text under {@code key} in {@code baseName}, filled in with {@code arguments} for the current locale. */
    public static String format(String baseName, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(baseName).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text " + key + " in " + baseName, e);
        }
        return new MessageFormat(pattern, formatLocale()).format(arguments);
    }

    /**
     * Bundles looked up by language alone, never the computer's own locale: a German on an English computer who
     * asked for Italian gets Italian, and English (the root bundle) where a language has no file.
     */
    private static final class Control extends ResourceBundle.Control {
        static final Control NO_FALLBACK = new Control();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }

    /** The English bundle with every text made {@link Pseudo#of pseudo}. */
    private static final class PseudoBundle extends ResourceBundle {
        private final ResourceBundle english;

        PseudoBundle(ResourceBundle english) {
            this.english = english;
        }

        @Override
        protected Object handleGetObject(String key) {
            return Pseudo.of(english.getString(key));
        }

        @Override
        public Enumeration<String> getKeys() {
            return english.getKeys();
        }
    }
}
