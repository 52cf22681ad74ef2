package nl.leercultuur.catalog;

import com.tngtech.archunit.core.domain.JavaClasses;
import nl.leercultuur.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * resource-catalog-service's layout (testkit's ArchitectureRules): search and the curation workflow both build on the catalogue
 * entry (resource) and not on each other; thin resources; rows read by name.
 */
class ArchitectureTest {

    static final String ROOT = "nl.leercultuur.catalog";
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
