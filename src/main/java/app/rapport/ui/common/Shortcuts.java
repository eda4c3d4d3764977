package app.rapport.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the window, in one table: the menus, the scene's accelerators, the screens' key
 * handlers and Help › Keyboard shortcuts all take them from here, so the list the user reads cannot drift from
 * the keys that work.
 */
public final class Shortcuts {

    /** Where a shortcut works, each with the heading it is listed under. */
    public enum Place {
        /** Anywhere in the main window. */
        WINDOW("help.shortcuts.place.window"),
        /** In the contacts table. */
        CONTACTS("help.shortcuts.place.contacts"),
        /** On a card of the pipeline board. */
        PIPELINE("help.shortcuts.place.pipeline"),
        /** In the search box above the contacts. */
        SEARCH("help.shortcuts.place.search");

        private final String headingKey;

        Place(String headingKey) {
            this.headingKey = headingKey;
        }

        /** The heading the place's shortcuts are listed under, in the user's language. */
        public String heading() {
            return Texts.text(headingKey);
        }
    }

    /**
     * One shortcut.
     *
     * @param keys       the keys to press
     * @param place      where it works
     * @param actionKey  the bundle key of what it does (a menu item's own text where it has one)
     * @param subjectKey the bundle key of the action's one argument (a screen's name), or {@code null}
     */
    public record Shortcut(KeyCombination keys, Place place, String actionKey, String subjectKey) {

        /** What the shortcut does, in the user's language, without the menus' mnemonic marks. */
        public String action() {
            String text = subjectKey == null ? Texts.text(actionKey) : Texts.text(actionKey, Texts.text(subjectKey));
            return text.replace("_", "");
        }

        /** The keys as this computer writes them, such as Ctrl+Shift+Z or ⇧⌘Z. */
        public String keysText() {
            return keys.getDisplayText();
        }
    }

    public static final Shortcut NEW_CONTACT = window("Shortcut+N", "main.newContactItem");
    public static final Shortcut SAVE = window("Shortcut+S", "main.saveItem");
    public static final Shortcut IMPORT = window("Shortcut+I", "main.importContacts");
    public static final Shortcut EXPORT = window("Shortcut+E", "main.exportContacts");
    public static final Shortcut QUIT = window("Shortcut+Q", "main.quit");
    public static final Shortcut UNDO = window("Shortcut+Z", "main.undoItem");
    public static final Shortcut REDO = window("Shortcut+Shift+Z", "main.redoItem");
    /**
     * Ctrl+Y redoes too where Windows and Linux programs redo with it; a Mac redoes with Shift+Cmd+Z alone (Cmd+Y
     * does other things there).
     */
    public static final Optional<Shortcut> REDO_ALTERNATIVE = isMac() ? Optional.empty()
            : Optional.of(new Shortcut(new KeyCodeCombination(KeyCode.Y, KeyCombination.CONTROL_DOWN),
                    Place.WINDOW, "main.redoItem", null));
    public static final Shortcut WRITE_MESSAGE = window("Shortcut+Shift+M", "main.writeMessage");
    public static final Shortcut SEARCH = window("Shortcut+K", "main.searchContacts");
    public static final Shortcut SAVE_VIEW = window("Shortcut+Shift+S", "main.saveSearchAsView");
    /** F1, the key for help in most programs; Shortcut+/ would clash with keyboards that need Shift for a slash. */
    public static final Shortcut SHOW_SHORTCUTS = window("F1", "help.shortcuts.menuItem");
    /** The menu bar's own key, which JavaFX gives every menu bar: listed here so the list has every key. */
    public static final Shortcut OPEN_MENUS = window(isMac() ? "Ctrl+F2" : "F10", "help.shortcuts.openMenus");
    public static final Shortcut FIND_IN_LIST = of("Shortcut+F", Place.CONTACTS, "help.shortcuts.findInList");
    public static final Shortcut DELETE_SELECTED = of("Delete", Place.CONTACTS, "help.shortcuts.deleteSelected");
    public static final Shortcut MOVE_CARD = of("Shortcut+M", Place.PIPELINE, "help.shortcuts.moveCard");
    public static final Shortcut OPEN_CARD = of("Enter", Place.PIPELINE, "help.shortcuts.openCard");
    public static final Shortcut CLEAR_SEARCH = of("Esc", Place.SEARCH, "help.shortcuts.clearSearch");

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private Shortcuts() {
    }

    /** How many sidebar screens have a shortcut of their own (Shortcut+1 to Shortcut+9). */
    public static int screenShortcuts() {
        return DIGITS.length;
    }

    /**
     * The shortcut to the sidebar's screen at {@code index} (counted from 0, under 9).
     *
     * @param screenId the screen's id, which names its title's key ({@code main.screen.contacts})
     */
    public static Shortcut showScreen(int index, String screenId) {
        return new Shortcut(new KeyCodeCombination(DIGITS[index], KeyCombination.SHORTCUT_DOWN), Place.WINDOW,
                "help.shortcuts.showScreen", "main.screen." + screenId);
    }

    /** Every shortcut in the order Help › Keyboard shortcuts lists them, with the sidebar's screens in its order. */
    public static List<Shortcut> all(List<String> screenIds) {
        List<Shortcut> all = new ArrayList<>(List.of(NEW_CONTACT, SAVE, IMPORT, EXPORT, QUIT, UNDO, REDO));
        REDO_ALTERNATIVE.ifPresent(all::add);
        all.addAll(List.of(WRITE_MESSAGE, SEARCH, SAVE_VIEW, SHOW_SHORTCUTS, OPEN_MENUS));
        for (int i = 0; i < screenIds.size() && i < DIGITS.length; i++) {
            all.add(showScreen(i, screenIds.get(i)));
        }
        all.addAll(List.of(FIND_IN_LIST, DELETE_SELECTED, MOVE_CARD, OPEN_CARD, CLEAR_SEARCH));
        return List.copyOf(all);
    }

    private static Shortcut window(String keys, String actionKey) {
        return of(keys, Place.WINDOW, actionKey);
    }

    private static Shortcut of(String keys, Place place, String actionKey) {
        return new Shortcut(KeyCombination.keyCombination(keys), place, actionKey, null);
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
    }
}
