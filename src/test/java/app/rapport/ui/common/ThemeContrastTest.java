package app.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text Rapport colours reads in both themes: the colours come from the stylesheets themselves (Rapport's
 * variables, and AtlantaFX's from the theme's own CSS in its jar), and each text/background pair Rapport shows must
 * reach WCAG's 4.5:1 for text (3:1 for the focus ring, which is not text).
 */
class ThemeContrastTest {

    private static final Path STYLES = Path.of("src/main/resources/app/rapport/ui");
    private static final double TEXT = 4.5;
    private static final double NON_TEXT = 3.0;
    private static final Pattern ROOT = Pattern.compile("(?m)^\\.root\\s*\\{([^}]*)}");
    private static final Pattern VARIABLE = Pattern.compile("(-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsla?\\(|\\b(white|black)\\b");

    /** Text on background, as the stylesheet pairs them. */
    private static final List<String[]> TEXT_PAIRS = List.of(
            pair("body text", "-color-fg-default", "-color-bg-default"),
            pair("body text on a panel (status bar, totals, editor footer)", "-color-fg-default", "-color-bg-subtle"),
            pair("sidebar and pipeline column text", "-color-fg-default", "-rapport-sidebar-bg"),
            pair("a pipeline card", "-color-fg-default", "-rapport-card-bg"),
            pair("a hovered navigation button", "-color-fg-default", "-rapport-nav-hover-bg"),
            pair("the selected navigation button", "-rapport-brand-text", "-rapport-nav-selected-bg"),
            pair("the brand mark", "-rapport-brand", "-rapport-sidebar-bg"),
            pair("muted text and hints", "-color-fg-muted", "-color-bg-default"),
            pair("muted text on a panel (status bar)", "-color-fg-muted", "-color-bg-subtle"),
            pair("sidebar headings", "-color-fg-muted", "-rapport-sidebar-bg"),
            pair("a card's handle and days", "-color-fg-muted", "-rapport-card-bg"),
            pair("field errors, overdue, do not contact", "-color-danger-fg", "-color-bg-default"),
            pair("overdue totals", "-color-danger-fg", "-color-bg-subtle"),
            pair("an overdue card", "-color-danger-fg", "-rapport-card-bg"),
            pair("paid", "-color-success-fg", "-color-bg-default"),
            pair("paid totals", "-color-success-fg", "-color-bg-subtle"),
            pair("warnings and fit ratings", "-color-warning-fg", "-color-bg-default"),
            pair("the unsaved badge", "-rapport-unsaved-text", "-rapport-unsaved-bg"),
            pair("the do-not-contact badge", "-color-fg-emphasis", "-color-danger-emphasis"),
            pair("the sidebar's due count", "-rapport-on-alert", "-rapport-alert-bg"),
            pair("the status pill", "-rapport-brand-text", "-rapport-pill-bg"),
            pair("dashboard figures and niche links", "-rapport-brand-text", "-color-bg-default"),
            pair("filter chips", "-rapport-brand-text", "-color-bg-subtle"),
            pair("matched words", "-rapport-brand", "-color-bg-default"),
            pair("profile links", "-color-accent-fg", "-color-bg-default"));

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(booleans = {false, true})
    void everyTextReadsAgainstItsBackground(boolean dark) {
        Map<String, String> theme = variables(dark);
        List<String> failing = new ArrayList<>();
        for (String[] pair : TEXT_PAIRS) {
            check(theme, pair[0], pair[1], pair[2], TEXT, failing);
        }
        assertThat(failing).isEmpty();
    }

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(booleans = {false, true})
    void everyPlatformBadgeReads(boolean dark) {
        Map<String, String> theme = variables(dark);
        List<String> platforms = theme.keySet().stream().filter(v -> v.startsWith("-rapport-platform-")).sorted()
                .toList();
        assertThat(platforms).hasSizeGreaterThan(10);
        List<String> failing = new ArrayList<>();
        for (String platform : platforms) {
            String textVariable = "-rapport-on-platform-" + platform.substring("-rapport-platform-".length());
            check(theme, platform + " badge", theme.containsKey(textVariable) ? textVariable : "-rapport-on-platform",
                    platform, TEXT, failing);
        }
        assertThat(failing).isEmpty();
    }

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(booleans = {false, true})
    void theFocusRingStandsOut(boolean dark) {
        List<String> failing = new ArrayList<>();
        check(variables(dark), "focus ring", "-rapport-focus", "-color-bg-default", NON_TEXT, failing);
        assertThat(failing).isEmpty();
    }

    @Test
    void rapportsRulesUseOnlyLookedUpColours() throws IOException {
        for (String sheet : List.of("rapport.css", "rapport-dark.css")) {
            String css = withoutComments(Files.readString(STYLES.resolve(sheet)));
            String rules = ROOT.matcher(css).replaceAll("");
            List<String> written = new ArrayList<>();
            for (String line : rules.split("\n")) {
                if (COLOUR.matcher(line).find()) {
                    written.add(line.strip());
                }
            }
            assertThat(written).as(sheet + " outside .root").isEmpty();
        }
    }

    @Test
    void aBrokenPairIsCaught() {
        Map<String, String> theme = new HashMap<>(variables(false));
        theme.put("-color-fg-muted", "#c0c0c0");
        List<String> failing = new ArrayList<>();

        check(theme, "hint", "-color-fg-muted", "-color-bg-default", TEXT, failing);

        assertThat(failing).singleElement().asString().contains("hint");
    }

    @Test
    void contrastIsMeasuredAsWcagDoes() {
        assertThat(contrast(Color.BLACK, Color.WHITE)).isCloseTo(21.0, offset(0.01));
        assertThat(contrast(Color.web("#777777"), Color.WHITE)).isCloseTo(4.48, offset(0.01));
    }

    private static String[] pair(String what, String text, String background) {
        return new String[] {what, text, background};
    }

    private static void check(Map<String, String> theme, String what, String text, String background,
            double least, List<String> failing) {
        Color under = opaque(resolve(theme, background), resolve(theme, "-color-bg-default"));
        Color over = opaque(resolve(theme, text), under);
        double ratio = contrast(over, under);
        if (ratio < least) {
            failing.add(String.format("%s: %s on %s is %.2f:1", what, text, background, ratio));
        }
    }

    /** AtlantaFX's variables for the theme, then Rapport's light ones, then (dark) its dark ones over them. */
    private static Map<String, String> variables(boolean dark) {
        Theme atlanta = dark ? new PrimerDark() : new PrimerLight();
        Map<String, String> variables = new HashMap<>(rootVariables(resource(atlanta.getUserAgentStylesheet())));
        variables.putAll(rootVariables(file("rapport.css")));
        if (dark) {
            variables.putAll(rootVariables(file("rapport-dark.css")));
        }
        return variables;
    }

    private static Map<String, String> rootVariables(String css) {
        Map<String, String> variables = new HashMap<>();
        Matcher root = ROOT.matcher(withoutComments(css));
        assertThat(root.find()).isTrue();
        Matcher v = VARIABLE.matcher(root.group(1));
        while (v.find()) {
            variables.put(v.group(1), v.group(2).strip());
        }
        return variables;
    }

    private static Color resolve(Map<String, String> theme, String name) {
        String value = name;
        for (int depth = 0; value.startsWith("-"); depth++) {
            assertThat(depth).as("lookup of " + name).isLessThan(10);
            value = Objects.requireNonNull(theme.get(value), () -> "no colour " + name);
        }
        return Color.web(value);
    }

    /** The colour as it shows over {@code below}, for the theme's translucent colours. */
    private static Color opaque(Color c, Color below) {
        double a = c.getOpacity();
        return Color.color(c.getRed() * a + below.getRed() * (1 - a), c.getGreen() * a + below.getGreen() * (1 - a),
                c.getBlue() * a + below.getBlue() * (1 - a));
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static String file(String name) {
        try {
            return Files.readString(STYLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = Objects.requireNonNull(Theme.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
