package nl.leercultuur.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import nl.leercultuur.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The gateway's layout (testkit's ArchitectureRules): config at the bottom, edge above it, routing on top; no cycles. */
class ArchitectureTest {

    static final String ROOT = "nl.leercultuur.gateway";
    static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf(ROOT);

    @Test
    void featurePackagesImportDownwardOnly() {
        ArchitectureRules.featurePackagesAreFreeOfCycles(ROOT, CLASSES);
    }

    @Test
    void queryRowsAreReadByName() {
        assertEquals(List.of(), ArchitectureRules.positionalReads(Path.of("src/main/java")));
    }
}
