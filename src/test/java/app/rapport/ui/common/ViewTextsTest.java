package app.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.text.Language;
import app.rapport.domain.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a view names ({@code text="%contacts.newButton"}) is in the window's bundle and reads in every
 * language: a missing key or a pattern that does not format stops the view from loading at all.
 */
class ViewTextsTest {

    private static final Path VIEWS = Path.of("src/main/resources/app/rapport/ui");
    private static final Pattern KEY = Pattern.compile("\"%([^\"]+)\"");
    /** A text written into a view instead of its key: an attribute people read, not starting with % or $. */
    private static final Pattern WRITTEN = Pattern.compile(
            "\\b(text|promptText|accessibleText|accessibleHelp|title|headerText|contentText)=\"([^\"%$][^\"]*)\"");

    @Test
    void everyKeyAViewNamesReadsInEveryLanguage() throws IOException {
        List<String> keys = keysNamedByViews();
        assertThat(keys).hasSizeGreaterThan(200);
        List<Locale> locales = new ArrayList<>(Stream.of(Language.values()).map(Language::locale).toList());
        locales.add(Language.PSEUDO);
        for (Locale locale : locales) {
            try (Messages.Speaking spoken = Messages.speak(locale)) {
                ResourceBundle texts = Texts.forViews();
                for (String key : keys) {
                    assertThat(texts.getString(key)).as(key + " in " + locale).isNotBlank();
                }
            }
        }
    }

    @Test
    void noViewWritesATextOfItsOwn() throws IOException {
        List<String> written = new ArrayList<>();
        for (Path view : views()) {
            Matcher m = WRITTEN.matcher(Files.readString(view));
            while (m.find()) {
                written.add(VIEWS.relativize(view) + ": " + m.group());
            }
        }
        assertThat(written).isEmpty();
    }

    private static List<String> keysNamedByViews() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Path view : views()) {
            Matcher m = KEY.matcher(Files.readString(view));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(f -> f.toString().endsWith(".fxml")).sorted().toList();
        }
    }
}
