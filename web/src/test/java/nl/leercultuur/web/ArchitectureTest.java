package nl.leercultuur.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import nl.leercultuur.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The web app's layout: the plumbing (api: calling the gateway; shell: the frame, language, sign-in) at the
 * bottom, one package per feature on top; features do not reach into each other, and nothing here talks to a
 * database or a service other than through the gateway's generated clients.
 */
class ArchitectureTest {

    static final String ROOT = "nl.leercultuur.web";
    static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf(ROOT);

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureRules.featurePackagesAreFreeOfCycles(ROOT, CLASSES);
    }

    @Test
    void thePlumbingKnowsNoFeature() {
        noClasses().that().resideInAnyPackage(ROOT + ".api..", ROOT + ".shell..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".respond..", ROOT + ".scans..",
                        ROOT + ".catalogue..", ROOT + ".networks..", ROOT + ".admin..")
                .check(CLASSES);
    }

    @Test
    void pagesReachTheApiOnlyThroughTheGateway() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "jakarta.persistence..",
                        "nl.leercultuur.platform..")
                .check(CLASSES);
    }
}
