package app.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The direction of every import, as DESIGN.md draws it: ui → service → store → domain, cli → service. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.rapport");
    }

    @Test
    void theDomainDependsOnNothingOfOursNorOnJavaFxOrSql() {
        noClasses().that().resideInAPackage("app.rapport.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.rapport.store..", "app.rapport.service..", "app.rapport.ui..", "app.rapport.cli..",
                        "javafx..", "java.sql..", "org.jdbi..", "java.io..", "java.nio.file..")
                .check(classes);
    }

    @Test
    void theStoreKnowsNothingOfServicesScreensOrJavaFx() {
        noClasses().that().resideInAPackage("app.rapport.store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.rapport.service..", "app.rapport.ui..", "app.rapport.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void servicesKnowNothingOfScreensOrTheCommandLine() {
        noClasses().that().resideInAPackage("app.rapport.service..")
                .should().dependOnClassesThat().resideInAnyPackage("app.rapport.ui..", "app.rapport.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void screensAndTheCommandLineGoThroughServicesNotTheStore() {
        noClasses().that().resideInAnyPackage("app.rapport.ui..", "app.rapport.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("app.rapport.store..", "org.jdbi..", "java.sql..")
                .check(classes);
    }

    @Test
    void theCommandLineNeverLoadsJavaFx() {
        noClasses().that().resideInAPackage("app.rapport.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.rapport.ui..")
                .check(classes);
    }

    @Test
    void viewModelsHoldStateButNeverTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.fxml..", "org.controlsfx..")
                .check(classes);
    }
}
