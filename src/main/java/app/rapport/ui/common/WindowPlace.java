package app.rapport.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window was on this computer: its size and position (as it was before it was maximised), whether
 * it was maximised, and where the dividers of its split screens stood.
 *
 * <p>It is kept in {@value #FILE_NAME} in the local workspace folder, not in the workspace's settings table: a team
 * workspace shares that table with everyone on the server, while a window's place belongs to one computer and its
 * screens.
 *
 * @param bounds    the window's outer bounds when it was last neither maximised nor minimised; {@code null} when
 *                  nothing was kept
 * @param maximized whether the window filled its screen
 * @param dividers  each split pane's divider positions (fractions of its width), by a name the main view gives it
 */
public record WindowPlace(Rectangle2D bounds, boolean maximized, Map<String, List<Double>> dividers) {

    /** The file in the workspace folder that keeps the place. */
    public static final String FILE_NAME = "window.properties";

    private static final String DIVIDER = "divider.";

    public WindowPlace {
        dividers = Map.copyOf(dividers);
    }

    /** No place kept yet: the window opens at its default size, centred. */
    public static WindowPlace none() {
        return new WindowPlace(null, false, Map.of());
    }

    /** This place with the bounds it has when it is neither maximised nor minimised. */
    public WindowPlace withBounds(Rectangle2D restored) {
        return new WindowPlace(restored, maximized, dividers);
    }

    /** This place, maximised or not. */
    public WindowPlace withMaximized(boolean filling) {
        return new WindowPlace(bounds, filling, dividers);
    }

    /** This place with the divider positions of one split pane. */
    public WindowPlace withDividers(String name, List<Double> positions) {
        Map<String, List<Double>> changed = new TreeMap<>(dividers);
        changed.put(name, List.copyOf(positions));
        return new WindowPlace(bounds, maximized, changed);
    }

    /** The divider positions kept for a split pane, if any. */
    public Optional<List<Double>> dividers(String name) {
        return Optional.ofNullable(dividers.get(name));
    }

    /**
     * The bounds to open at, on the screens there are now: bounds that touch no screen (its monitor was unplugged)
     * move onto the primary screen, centred; bounds larger than their screen shrink to fit it and move onto it.
     *
     * @param touched the visual bounds of the screens the kept bounds touch, first the one they are mostly on
     * @param primary the visual bounds of the primary screen
     */
    public Optional<Rectangle2D> boundsOn(List<Rectangle2D> touched, Rectangle2D primary) {
        if (bounds == null) {
            return Optional.empty();
        }
        Rectangle2D screen = touched.isEmpty() ? primary : touched.get(0);
        double width = Math.min(bounds.getWidth(), screen.getWidth());
        double height = Math.min(bounds.getHeight(), screen.getHeight());
        double x = bounds.getMinX();
        double y = bounds.getMinY();
        if (touched.isEmpty()) {
            x = screen.getMinX() + (screen.getWidth() - width) / 2;
            y = screen.getMinY() + (screen.getHeight() - height) / 2;
        } else if (width < bounds.getWidth() || height < bounds.getHeight()) {
            x = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width));
            y = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height));
        }
        return Optional.of(new Rectangle2D(x, y, width, height));
    }

    /** The place kept in a workspace folder; none when there is none or it cannot be read. */
    public static WindowPlace read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Properties kept = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            kept.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return none();
        }
        Map<String, List<Double>> dividers = new TreeMap<>();
        for (String key : kept.stringPropertyNames()) {
            if (key.startsWith(DIVIDER)) {
                number(kept.getProperty(key).split(",")).ifPresent(positions ->
                        dividers.put(key.substring(DIVIDER.length()), positions));
            }
        }
        Rectangle2D bounds = number(kept.getProperty("x"), kept.getProperty("y"), kept.getProperty("width"),
                kept.getProperty("height"))
                .filter(values -> values.get(2) > 0 && values.get(3) > 0)
                .map(values -> new Rectangle2D(values.get(0), values.get(1), values.get(2), values.get(3)))
                .orElse(null);
        return new WindowPlace(bounds, Boolean.parseBoolean(kept.getProperty("maximized")), dividers);
    }

    /**
     * Writes the place into a workspace folder that exists, as one step: a killed process leaves the place as it
     * was before or after, never half written.
     */
    public void write(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Properties kept = new Properties();
        if (bounds != null) {
            kept.setProperty("x", Double.toString(bounds.getMinX()));
            kept.setProperty("y", Double.toString(bounds.getMinY()));
            kept.setProperty("width", Double.toString(bounds.getWidth()));
            kept.setProperty("height", Double.toString(bounds.getHeight()));
        }
        kept.setProperty("maximized", Boolean.toString(maximized));
        dividers.forEach((name, positions) -> kept.setProperty(DIVIDER + name,
                positions.stream().map(String::valueOf).collect(Collectors.joining(","))));
        Path file = folder.resolve(FILE_NAME);
        Path next = folder.resolve(FILE_NAME + ".new");
        try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
            kept.store(out, "Where Rapport's window was on this computer");
        }
        try {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Optional<List<Double>> number(String... texts) {
        if (Arrays.asList(texts).contains(null)) {
            return Optional.empty();
        }
        try {
            List<Double> values = Arrays.stream(texts).map(text -> Double.parseDouble(text.strip())).toList();
            return values.stream().allMatch(Double::isFinite) ? Optional.of(values) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
