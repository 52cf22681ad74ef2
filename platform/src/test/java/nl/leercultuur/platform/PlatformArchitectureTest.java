package nl.leercultuur.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** platform is plumbing: it knows no service, no event contract and no business rule of one. */
class PlatformArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.leercultuur.platform");

    @Test
    void platformDependsOnNoService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("nl.leercultuur.survey..", "nl.leercultuur.network..",
                        "nl.leercultuur.catalog..", "nl.leercultuur.analytics..", "nl.leercultuur.gateway..",
                        "nl.leercultuur.contracts..", "nl.leercultuur.web..")
                .because("platform holds cross-cutting plumbing only; services depend on it, never the other way")
                .check(CLASSES);
    }

    @Test
    void platformPackagesAreFreeOfCycles() {
        slices().matching("nl.leercultuur.platform.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
