package app.rapport.ui.common;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keeps the keyboard's focus where the user can see it: when a screen or a tab is swapped in, the focus would
 * otherwise stay on a control that has just been hidden, and the next Tab would start from nowhere.
 */
public final class KeyboardFocus {

    private KeyboardFocus() {
    }

    /** Moves the focus to the first control of {@code area} the Tab key would reach, unless it is inside already. */
    public static void enter(Node area) {
        Scene scene = area.getScene();
        if (scene == null || isInside(scene.getFocusOwner(), area)) {
            return;
        }
        first(area).ifPresent(Node::requestFocus);
    }

    /**
     * Makes Tab leave a text area as it leaves a field, so that Tab walks a whole form: JavaFX's own way out is
     * Ctrl+Tab, which hardly anyone knows, and no note in Rapport needs a tab character.
     */
    public static void tabLeavesTextAreas(Scene scene) {
        // Once per scene: a window keeps its scene when a workspace switch gives it a new main view.
        if (scene.getProperties().putIfAbsent(KeyboardFocus.class, Boolean.TRUE) != null) {
            return;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && e.getTarget() instanceof TextArea area) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
    }

    /** Whether the focus is on {@code area} or a control inside it. */
    public static boolean isWithin(Node area) {
        Scene scene = area.getScene();
        for (Node n = scene == null ? null : scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n == area) {
                return true;
            }
        }
        return false;
    }

    /** The first shown, enabled control in {@code area} that takes the focus by Tab, in the order Tab visits. */
    public static Optional<Node> first(Node area) {
        if (!area.isVisible() || area.isDisabled()) {
            return Optional.empty();
        }
        if (area.isFocusTraversable()) {
            return Optional.of(area);
        }
        if (area instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = first(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isInside(Node node, Node area) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == area) {
                return n.isVisible();
            }
            if (!n.isVisible()) {
                return false;
            }
        }
        return false;
    }
}
