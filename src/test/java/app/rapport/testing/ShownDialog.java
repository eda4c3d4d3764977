package app.rapport.testing;

import app.rapport.RapportApp;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * One dialog shown on its own, without the app's window, for tests of what it shows and returns. Registered as an
 * extension, it readies the toolkit before each test and closes the dialog after it.
 */
public final class ShownDialog<R> implements BeforeEachCallback, AfterEachCallback {

    private final FxRobot robot = new FxRobot();
    private Dialog<R> dialog;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Shows the dialog the builder makes on the FX thread, styled as in the app: its theme and its own sheet. */
    public Dialog<R> showStyled(Supplier<Dialog<R>> build) {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            dialog = build.get();
            dialog.getDialogPane().getStylesheets().add(RapportApp.class.getResource("ui/rapport.css")
                    .toExternalForm());
            dialog.show();
        });
        return dialog;
    }

    /** Shows the dialog the builder makes on the FX thread, for tests of what it returns rather than its looks. */
    public Dialog<R> show(Supplier<Dialog<R>> build) {
        robot.interact(() -> {
            dialog = build.get();
            dialog.show();
        });
        return dialog;
    }

    /** Writes the dialog's picture where the README's pictures go (see {@link Screenshots}). */
    public Path picture(String name) throws IOException {
        return Screenshots.write(robot, pane().getScene(), name);
    }

    /** The shown dialog. */
    public Dialog<R> dialog() {
        return dialog;
    }

    private DialogPane pane() {
        return dialog.getDialogPane();
    }

    /** The dialog's button type with this text, to press it or to ask what it would return. */
    public ButtonType buttonType(String text) {
        return pane().getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    /** Runs the action on the FX thread and waits for it, as a user's clicks would be handled. */
    public void interact(Runnable action) {
        robot.interact(action);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (dialog != null) {
            robot.interact(dialog::close);
        }
    }
}
