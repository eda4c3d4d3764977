package app.rapport;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.cli.archfixture.InlineExchangeName;
import app.rapport.ui.archfixture.InlineStoreName;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of every dependency, as DESIGN.md draws it: domain ← store/exchange ← service ← ui/cli ← the
 * app.
 * The layer rule is an allow-list: each layer names what it may use, outside libraries included, and anything
 * else fails, an inline qualified name as much as an import (both compile to the same dependency).
 */
class ArchitectureTest {

    /**
     * Classes of the ui that may build and touch the scene graph: views and their controllers, cells, dialogs, and
     * the few helpers that exist to serve them. Every other ui class holds state for a screen (view-models,
     * rows, saves, books) and must stay testable without a scene.
     */
    private static final Set<String> SCENE_HELPERS = Set.of("Card", "ChildWindows", "FieldErrors", "FileChoosers",
            "Highlight", "PlatformBadge", "SearchBar", "Snapshots", "TableLayout", "TextLimits", "ViewLoader",
            "AccountRow", "Workbench", "DialogParts", "FormLabels", "KeyboardFocus",
            "Shortcuts", "WindowIcons", "WindowKeeper", "TextFit");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.rapport");
    }

    /** Every layer of Rapport and every library it uses, each with what it may use. */
    static LayeredArchitecture layers() {
        return layeredArchitecture().consideringAllDependencies()
                .layer("App").definedBy("app.rapport")
                .layer("Ui").definedBy("app.rapport.ui..")
                .layer("Cli").definedBy("app.rapport.cli..")
                .layer("Service").definedBy("app.rapport.service..")
                .layer("Store").definedBy("app.rapport.store..")
                .layer("Exchange").definedBy("app.rapport.exchange..")
                .layer("Domain").definedBy("app.rapport.domain..")
                .optionalLayer("Jdk").definedBy("java..", "javax..")
                .optionalLayer("Logging").definedBy("org.slf4j..")
                .optionalLayer("LogBackend").definedBy("ch.qos.logback..")
                .optionalLayer("JavaFx").definedBy("javafx..", "org.controlsfx..", "org.kordamp..", "atlantafx..")
                .optionalLayer("CommandLine").definedBy("picocli..")
                .optionalLayer("Csv").definedBy("org.apache.commons.csv..")
                .optionalLayer("Database").definedBy("org.jdbi..", "org.h2..", "org.flywaydb..", "org.postgresql..",
                        "com.zaxxer.hikari..", "org.bouncycastle..")
                .optionalLayer("FileFormats").definedBy("org.apache.poi..", "org.apache.pdfbox..",
                        "org.apache.fontbox..", "org.apache.commons..", "ezvcard..", "biweekly..")
                .whereLayer("App").mayOnlyAccessLayers("Ui", "Cli", "Service", "Domain", "Jdk", "Logging", "JavaFx")
                .whereLayer("Ui").mayOnlyAccessLayers("Service", "Domain", "Jdk", "Logging", "JavaFx")
                .whereLayer("Cli").mayOnlyAccessLayers("Service", "Domain", "Jdk", "Logging", "CommandLine")
                .whereLayer("Service").mayOnlyAccessLayers("Store", "Exchange", "Domain", "Jdk", "Logging",
                        "LogBackend", "Csv")
                .whereLayer("Store").mayOnlyAccessLayers("Domain", "Jdk", "Logging", "LogBackend", "Database")
                .whereLayer("Exchange").mayOnlyAccessLayers("Domain", "Jdk", "Logging", "Csv", "FileFormats")
                .whereLayer("Domain").mayOnlyAccessLayers("Jdk");
    }

    @Test
    void everyLayerUsesOnlyWhatItIsAllowed() {
        layers().check(classes);
    }

    @Test
    void anInlineQualifiedNameIsCaughtLikeAnImport() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(InlineStoreName.class, InlineExchangeName.class);

        EvaluationResult result = layers().withOptionalLayers(true).evaluate(fixtures);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains(InlineStoreName.class.getName())
                        && line.contains("app.rapport.store.Workspace"))
                .anyMatch(line -> line.contains(InlineExchangeName.class.getName())
                        && line.contains("app.rapport.exchange.SafeFiles"));
    }

    @Test
    void theDomainReadsNoFilesAndNoDatabase() {
        noClasses().that().resideInAPackage("app.rapport.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.io..", "java.nio.file..")
                .check(classes);
    }

    @Test
    void screensAndTheCommandLineNeverSpeakSql() {
        noClasses().that().resideInAnyPackage("app.rapport.ui..", "app.rapport.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(classes);
    }

    @Test
    void screenStateNeverTouchesTheSceneGraph() {
        noClasses().that().resideInAPackage("app.rapport.ui..").and(holdScreenState())
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.fxml..", "org.controlsfx..", "org.kordamp..", "atlantafx..")
                .check(classes);
    }

    /**
     * The ui classes that are not on the view side: named neither as a view, a cell, a dialog nor an Fx
     * implementation, and not one of the scene helpers. Nested and anonymous classes go with their outer class.
     */
    private static DescribedPredicate<JavaClass> holdScreenState() {
        return DescribedPredicate.describe("hold screen state (not views, cells, dialogs or scene helpers)", c -> {
            String name = outerSimpleName(c);
            return !(name.endsWith("View") || name.endsWith("Cell") || name.endsWith("Dialog")
                    || name.startsWith("Fx") || SCENE_HELPERS.contains(name));
        });
    }

    private static String outerSimpleName(JavaClass c) {
        String name = c.getName().substring(c.getPackageName().length() + 1);
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
