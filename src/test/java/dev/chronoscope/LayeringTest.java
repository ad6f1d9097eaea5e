package dev.chronoscope;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package map of DESIGN.md, enforced: arrows point one way; only app sees JavaFX, only store sees MapDB;
 * the codec sits below everything that uses it and sees only the JDK.
 */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.chronoscope");

    @Test
    void onlyTheAppSeesJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.chronoscope.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreSeesMapDb() {
        noClasses().that().resideOutsideOfPackage("dev.chronoscope.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mapdb..")
                .check(CLASSES);
    }

    @Test
    void theCodecImportsOnlyTheJdk() {
        classes().that().resideInAPackage("dev.chronoscope.codec..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.chronoscope.codec..", "java..")
                .check(CLASSES);
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Codec").definedBy("dev.chronoscope.codec..")
                .layer("Event").definedBy("dev.chronoscope.event..")
                .layer("Query").definedBy("dev.chronoscope.query..")
                .layer("Profile").definedBy("dev.chronoscope.profile..")
                .layer("Ingest").definedBy("dev.chronoscope.ingest..")
                .layer("Generate").definedBy("dev.chronoscope.generate..")
                .layer("Store").definedBy("dev.chronoscope.store..")
                .layer("Replay").definedBy("dev.chronoscope.replay..")
                .layer("Causality").definedBy("dev.chronoscope.causality..")
                .layer("Engine").definedBy("dev.chronoscope.engine..")
                .layer("Bench").definedBy("dev.chronoscope.bench..")
                .layer("App").definedBy("dev.chronoscope.app..")
                .layer("Cli").definedBy("dev.chronoscope.cli..")
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Bench").mayOnlyBeAccessedByLayers("Cli", "App")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Bench", "App", "Cli")
                .whereLayer("Causality").mayOnlyBeAccessedByLayers("Engine", "Bench", "App", "Cli")
                .whereLayer("Replay").mayOnlyBeAccessedByLayers("Causality", "Engine", "Bench", "App", "Cli")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Replay", "Causality", "Engine", "Bench", "App", "Cli")
                .whereLayer("Codec").mayOnlyBeAccessedByLayers("Store", "Replay", "Causality", "Engine", "Bench", "App", "Cli")
                .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Generate", "Store", "Replay", "Causality", "Engine", "Bench", "App", "Cli")
                .whereLayer("Profile").mayOnlyBeAccessedByLayers("Ingest", "Store", "Replay", "Causality", "Engine", "Bench", "App", "Cli")
                .whereLayer("Generate").mayOnlyBeAccessedByLayers("Engine", "Bench", "App", "Cli")
                .check(CLASSES);
    }
}
