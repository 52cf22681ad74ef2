package nl.leercultuur.survey;

import com.tngtech.archunit.core.domain.JavaClasses;
import nl.leercultuur.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** survey-service's layout (testkit's ArchitectureRules): feature packages import downward only, thin resources. */
class ArchitectureTest {

    static final String ROOT = "nl.leercultuur.survey";
    static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf(ROOT);

    @Test
    void featurePackagesImportDownwardOnly() {
        ArchitectureRules.featurePackagesAreFreeOfCycles(ROOT, CLASSES);
    }

    /** The follow-up sits on top: it builds on scans, instruments, scoring and organisations, and nothing builds on it. */
    @Test
    void theFollowUpIsOnTop() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".followup..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".followup..").check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".followup..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".invitation..", ROOT + ".response..",
                        ROOT + ".openlink..", ROOT + ".retention..", ROOT + ".audit..")
                .check(CLASSES);
    }

    @Test
    void resourcesDoNotTouchPersistence() {
        ArchitectureRules.resourcesDoNotTouchPersistence(CLASSES);
    }

    @Test
    void queryRowsAreReadByName() {
        assertEquals(List.of(), ArchitectureRules.positionalReads(Path.of("src/main/java")));
    }
}
