package app.rapport.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Loads a screen's FXML (same package and name as its view class) with controllers built by the app. */
public final class ViewLoader {

    private final Callback<Class<?>, Object> controllers;

    /** @param controllers builds a view (FXML controller) for its class, with its view-model */
    public ViewLoader(Callback<Class<?>, Object> controllers) {
        this.controllers = controllers;
    }

    /** Loads {@code Foo.fxml} next to {@code Foo.class} and returns its root. */
    public Parent load(Class<?> viewClass) {
        URL fxml = Objects.requireNonNull(viewClass.getResource(viewClass.getSimpleName() + ".fxml"),
                () -> "No FXML for " + viewClass.getName());
        FXMLLoader loader = new FXMLLoader(fxml, Texts.forViews());
        loader.setControllerFactory(controllers);
        try {
            return TextFit.keepWhole(loader.<Parent>load());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
