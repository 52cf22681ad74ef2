package nl.leercultuur.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** helm lint --strict on the chart as built (values.yaml), and both profiles render to objects. */
class ChartLintTest {

    @Test
    void lintsWithoutWarnings() {
        LintResult r = new Helm(RenderedChart.chartDir()).lint().strict().call();
        assertFalse(r.isFailed(), () -> "helm lint --strict: " + String.join("\n", r.getMessages()));
    }

    @Test
    void everyProfileRenders() {
        for (String p : RenderedChart.profiles()) {
            assertTrue(RenderedChart.of(p).objects.size() > 40, p);
        }
    }
}
