package app.rapport.ui.archfixture;

import java.nio.file.Path;

/**
 * A screen-side class that reaches the store through an inline qualified name, never an import: the architecture
 * test evaluates its layer rule on this class to prove that such a name is seen (it compiles to the same
 * dependency as an import). Test sources only; never part of the app.
 */
public final class InlineStoreName {

    private InlineStoreName() {
    }

    /** Opens a workspace behind the services' back: exactly what a screen must not do. */
    public static Object workspace(Path root) {
        return app.rapport.store.Workspace.at(root);
    }
}
