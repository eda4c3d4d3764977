package app.rapport.cli.archfixture;

import java.nio.file.Path;

/**
 * A command-side class that reaches the file formats through an inline qualified name, never an import: the
 * architecture test evaluates its layer rule on this class to prove that such a name is seen. Test sources
 * only; never part of the app.
 */
public final class InlineExchangeName {

    private InlineExchangeName() {
    }

    /** Checks a target path without the services: exactly what a command must not do. */
    public static Path target(Path file) {
        return app.rapport.exchange.SafeFiles.requireOutsideWorkspace(file);
    }
}
