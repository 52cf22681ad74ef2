package nl.leercultuur.system;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * The order of the test classes within a failsafe execution (configured for all of them in system-tests/pom.xml), so
 * that classes can share one platform without disturbing each other: first the journeys and other checks, then the
 * benchmarks in their smoke form (they write data of their own: 2,000 catalogue entries, a scan of 1,000 responses
 * closed, others answered), then {@link ApiFuzzIT} (as an admin it writes, renames and deletes whatever its requests
 * reach), and last {@link StackRestartIT}, which kills parts of the browser journeys' stack. Within each group by name,
 * so that the order is the same on every machine (found, it followed the file system's, and a test that depended on
 * it failed elsewhere).
 */
public final class SuiteOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.<ClassDescriptor>comparingInt(d -> rank(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
    }

    static int rank(Class<?> testClass) {
        String name = testClass.getSimpleName();
        if (testClass == StackRestartIT.class) {
            return 3;
        }
        return name.endsWith("FuzzIT") ? 2 : name.endsWith("Benchmark") ? 1 : 0;
    }
}
