package nl.leercultuur.analytics;

import com.tngtech.archunit.core.domain.JavaClasses;
import nl.leercultuur.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** analytics-service's layout (testkit's ArchitectureRules): feature packages import downward only, thin resources. */
class ArchitectureTest {

    static final String ROOT = "nl.leercultuur.analytics";
    static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf(ROOT);

    @Test
    void featurePackagesImportDownwardOnly() {
        ArchitectureRules.featurePackagesAreFreeOfCycles(ROOT, CLASSES);
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
