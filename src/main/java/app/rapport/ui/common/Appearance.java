package app.rapport.ui.common;

import app.rapport.domain.text.Language;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The user's look and language for every window: the theme chosen, and whether the windows are dark now (for
 * {@link ThemeChoice#SYSTEM}, once the computer has said). The choices are the user's, kept in
 * {@link UserPreferences}; storing them and asking the computer happen on the worker, never on the FX thread.
 */
public final class Appearance {

    private final ReadOnlyObjectWrapper<ThemeChoice> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final UserPreferences preferences;
    private final BooleanSupplier systemPrefersDark;
    private final Executor worker;
    private final Executor ui;
    private Optional<Language> language;

    /**
     * @param theme             the theme chosen when the app started, read from {@code preferences}
     * @param language          the language chosen when the app started, read from {@code preferences}
     * @param systemPrefersDark whether the computer is dark; may take up to a second
     * @param worker            where storing and asking the computer run
     * @param ui                where the computer's answer is applied (the FX thread in the app)
     */
    public Appearance(UserPreferences preferences, ThemeChoice theme, Optional<Language> language,
            BooleanSupplier systemPrefersDark, Executor worker, Executor ui) {
        this.preferences = preferences;
        this.systemPrefersDark = systemPrefersDark;
        this.worker = worker;
        this.ui = ui;
        this.language = language;
        this.theme.set(theme);
        show(theme);
    }

    /** Reads the user's choices as kept; a new user follows the computer and speaks its language. */
    public static Appearance of(UserPreferences preferences, BooleanSupplier systemPrefersDark, Executor worker,
            Executor ui) {
        return new Appearance(preferences, preferences.theme(), preferences.language(), systemPrefersDark, worker,
                ui);
    }

    /** Shows every window in {@code chosen} at once, and keeps the choice. */
    public void chooseTheme(ThemeChoice chosen) {
        if (chosen == theme.get()) {
            return;
        }
        theme.set(chosen);
        show(chosen);
        worker.execute(() -> preferences.setTheme(chosen));
    }

    /** Keeps the language for the next start: the texts on screen were read in the language of this one. */
    public void chooseLanguage(Optional<Language> chosen) {
        if (chosen.equals(language)) {
            return;
        }
        language = chosen;
        worker.execute(() -> preferences.setLanguage(chosen));
    }

    private void show(ThemeChoice chosen) {
        switch (chosen) {
            case LIGHT -> dark.set(false);
            case DARK -> dark.set(true);
            case SYSTEM -> worker.execute(() -> {
                boolean systemDark = systemPrefersDark.getAsBoolean();
                // A choice made while the computer was being asked stands.
                ui.execute(() -> {
                    if (theme.get() == ThemeChoice.SYSTEM) {
                        dark.set(systemDark);
                    }
                });
            });
        }
    }

    public ReadOnlyObjectProperty<ThemeChoice> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** The language chosen in Settings (none: the computer's), as kept for the next start. */
    public Optional<Language> language() {
        return language;
    }

    /** Whether the windows are dark now. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }
}
