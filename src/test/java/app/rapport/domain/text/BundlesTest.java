package app.rapport.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every language says everything English says, with the same things filled in: a key missing in one file
 * would show English in the middle of German, a lost {@code {0}} or {@code %n} a sentence without its number.
 */
class BundlesTest {

    /** Every bundle the app ships, as a path under the class path's root. */
    private static final Set<String> BUNDLES = Set.of("app/rapport/cli/help", "app/rapport/cli/messages", "app/rapport/ui/messages",
            "app/rapport/domain/messages");
    /** What the program fills in: an argument's number ({@code {0}}, {@code {1,choice,…}}), a line break, a space at an end. */
    private static final Pattern FILLED_IN = Pattern.compile("\\{\\d+|%n|%s|%d|^ | $");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void everyLanguageHasEveryTextWithTheSameThingsFilledIn(Language language) {
        for (String bundle : BUNDLES) {
            Map<String, String> english = read(bundle + ".properties");
            Map<String, String> translated = read(bundle + "_" + language.locale().toString() + ".properties");

            assertThat(translated.keySet()).as(bundle + " in " + language).isEqualTo(english.keySet());
            english.forEach((key, text) -> assertThat(filledIn(translated.get(key)))
                    .as(key + " in " + language + ": " + translated.get(key)).isEqualTo(filledIn(text)));
        }
    }

    private static Set<String> filledIn(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = FILLED_IN.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Map<String, String> read(String path) {
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
