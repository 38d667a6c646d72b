package io.newsgraph.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package graph runs one way (docs/api.md, "Data model"): common, review, security, event, then the features
 * from the entity holding no foreign key to the one holding most, then graphql (the engine layer), live, search,
 * coverage, ingest and seed on top. A relation's resolver lives in the package of the entity that holds the foreign
 * key.
 */
class PackageGraphTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.newsgraph");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.newsgraph.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void commonDependsOnNoOtherPackage() {
        noClasses().that().resideInAPackage("io.newsgraph.common..").should().dependOnClassesThat()
                .resideInAnyPackage(packagesOtherThan("common")).check(MAIN);
    }

    @Test
    void theSyntheticGeneratorIsNotInTheServiceJar() {
        noClasses().should().resideInAPackage("io.newsgraph.synthetic..").check(MAIN);
    }

    private static String[] packagesOtherThan(String kept) {
        return MAIN.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith("io.newsgraph."))
                .map(p -> p.split("\\.")[2]).distinct().filter(p -> !p.equals(kept))
                .map(p -> "io.newsgraph." + p + "..").toArray(String[]::new);
    }
}
