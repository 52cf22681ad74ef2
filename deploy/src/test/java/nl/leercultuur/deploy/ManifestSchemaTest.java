package nl.leercultuur.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every object the chart renders, for each profile, read strictly: Kubernetes, Prometheus Operator and Strimzi kinds
 * into their Java models (no unknown field, nothing dropped or changed on the way back, no Strimzi field outside
 * kafka.strimzi.io/v1), CloudNativePG and Keycloak kinds into records of the fields used (unknown fields fail).
 */
class ManifestSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectIsValidForItsKind(String profile) {
        RenderedChart chart = RenderedChart.of(profile);
        List<String> problems = new ArrayList<>();
        Set<String> kinds = new TreeSet<>();
        for (ObjectNode o : chart.objects) {
            String kind = o.path("apiVersion").asText() + "/" + o.path("kind").asText();
            kinds.add(kind);
            Class<?> record = CrdRecords.recordFor(o);
            List<String> found = record != null ? Strict.validateRecord(o, record) : Strict.validateModel(o);
            found.forEach(p -> problems.add(RenderedChart.id(o) + " " + p));
        }
        assertTrue(problems.isEmpty(), () -> profile + ":\n  " + String.join("\n  ", problems));
        // what the strictness covered (a kind the chart adds must find a model or a record above, never a pass-through)
        System.out.println(profile + ": " + chart.objects.size() + " objects of " + kinds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void namesAreUniquePerKind(String profile) {
        RenderedChart chart = RenderedChart.of(profile);
        Set<String> seen = new TreeSet<>();
        for (ObjectNode o : chart.objects) {
            assertTrue(seen.add(RenderedChart.id(o)), () -> profile + ": twice " + RenderedChart.id(o));
        }
        assertEquals(chart.objects.size(), seen.size());
    }
}
