package app.rapport.ui.settings;

import app.rapport.domain.text.Language;
import app.rapport.ui.common.Appearance;
import app.rapport.ui.common.Texts;
import app.rapport.ui.common.ThemeChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings › Appearance: the language Rapport speaks from its next start, and the theme, shown at once. Both are
 * the user's own, for every workspace they open.
 */
public final class AppearanceViewModel {

    // Properties
    private final ObservableList<Optional<Language>> languages;
    private final ObjectProperty<Optional<Language>> language;
    private final ObservableList<ThemeChoice> themes = FXCollections.observableArrayList(ThemeChoice.values());
    private final ObjectProperty<ThemeChoice> theme;

    public AppearanceViewModel(Appearance appearance) {
        List<Optional<Language>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        for (Language l : Language.values()) {
            choices.add(Optional.of(l));
        }
        languages = FXCollections.observableArrayList(choices);
        language = new SimpleObjectProperty<>(this, "language", appearance.language());
        theme = new SimpleObjectProperty<>(this, "theme", appearance.themeProperty().get());
        language.addListener((obs, old, chosen) -> appearance.chooseLanguage(chosen == null ? Optional.empty()
                : chosen));
        theme.addListener((obs, old, chosen) -> {
            if (chosen != null) {
                appearance.chooseTheme(chosen);
            }
        });
    }

    /** A language as a list shows it: each in its own language, so whoever reads it finds theirs. */
    public static String name(Optional<Language> language) {
        if (language.isEmpty()) {
            return Texts.text("settings.appearance.systemLanguage");
        }
        Locale own = language.get().locale();
        String name = own.getDisplayName(own);
        return name.substring(0, 1).toUpperCase(own) + name.substring(1);
    }

    /** A theme as the list shows it. */
    public static String name(ThemeChoice theme) {
        return switch (theme) {
            case SYSTEM -> Texts.text("settings.appearance.followSystem");
            case LIGHT -> Texts.text("settings.appearance.light");
            case DARK -> Texts.text("settings.appearance.dark");
        };
    }

    /** System language first, then every language Rapport speaks. */
    public ObservableList<Optional<Language>> languages() {
        return languages;
    }

    /** The language chosen for the next start; none speaks the computer's. */
    public ObjectProperty<Optional<Language>> languageProperty() {
        return language;
    }

    public ObservableList<ThemeChoice> themes() {
        return themes;
    }

    /** The theme chosen: every window follows it at once. */
    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }
}
