package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.text.Language;
import app.rapport.ui.common.Appearance;
import app.rapport.ui.common.ThemeChoice;
import app.rapport.ui.common.UserPreferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settings › Appearance: the choices are the user's, kept in their preferences, and the theme shows at once. */
class AppearanceViewModelTest {

    /** A node of this test's own, removed after it, so the user's real choices are never touched. */
    private final Preferences node = Preferences.userRoot().node("rapport-test-" + UUID.randomUUID());
    private final UserPreferences preferences = new UserPreferences(node);
    private final Executor sameThread = Runnable::run;
    private boolean systemDark;
    private int systemAsked;

    @AfterEach
    void removeTheNode() throws BackingStoreException {
        node.removeNode();
    }

    private AppearanceViewModel settings() {
        return new AppearanceViewModel(appearance());
    }

    private Appearance appearance() {
        return Appearance.of(preferences, () -> {
            systemAsked++;
            return systemDark;
        }, sameThread, sameThread);
    }

    @Test
    void theLanguageChosenIsStoredAndReadBackAtTheNextStart() {
        settings().languageProperty().set(Optional.of(Language.GERMAN));

        assertThat(node.get("language", null)).isEqualTo("de");
        assertThat(preferences.language()).contains(Language.GERMAN);
        assertThat(settings().languageProperty().get()).contains(Language.GERMAN);
    }

    @Test
    void theSystemLanguageForgetsTheChoice() {
        settings().languageProperty().set(Optional.of(Language.BRAZILIAN_PORTUGUESE));
        assertThat(new UserPreferences(node).language()).contains(Language.BRAZILIAN_PORTUGUESE);

        settings().languageProperty().set(Optional.empty());

        assertThat(node.get("language", null)).isNull();
        assertThat(settings().languageProperty().get()).isEmpty();
    }

    @Test
    void aNewUserFollowsTheComputer() {
        systemDark = true;

        Appearance appearance = appearance();

        assertThat(appearance.themeProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(appearance.darkProperty().get()).isTrue();
        assertThat(new AppearanceViewModel(appearance).languageProperty().get()).isEmpty();
    }

    @Test
    void choosingDarkShowsItAtOnceAndKeepsIt() {
        Appearance appearance = appearance();
        AppearanceViewModel settings = new AppearanceViewModel(appearance);
        List<Boolean> shown = new ArrayList<>();
        appearance.darkProperty().addListener((obs, old, dark) -> shown.add(dark));

        settings.themeProperty().set(ThemeChoice.DARK);
        settings.themeProperty().set(ThemeChoice.LIGHT);

        assertThat(shown).containsExactly(true, false);
        assertThat(preferences.theme()).isEqualTo(ThemeChoice.LIGHT);
        assertThat(settings().themeProperty().get()).isEqualTo(ThemeChoice.LIGHT);
    }

    @Test
    void aChosenThemeDoesNotAskTheComputer() {
        preferences.setTheme(ThemeChoice.DARK);

        Appearance appearance = appearance();

        assertThat(appearance.darkProperty().get()).isTrue();
        assertThat(systemAsked).isZero();
    }

    @Test
    void eachLanguageIsNamedInItsOwnLanguage() {
        assertThat(settings().languages()).hasSize(Language.values().length + 1).first().isEqualTo(Optional.empty());
        assertThat(settings().languages().stream().skip(1).map(AppearanceViewModel::name))
                .containsExactly("English", "Deutsch", "Français", "Español", "Italiano", "Português (Brasil)");
        assertThat(AppearanceViewModel.name(Optional.empty())).isEqualTo("System language");
    }
}
