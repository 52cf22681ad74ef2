package nl.leercultuur.system;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Prints issue 19's table of targets once every test of the run has ended (registered in META-INF/services). */
public class TargetsTable implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!Targets.rows().isEmpty()) {
            System.out.println("\n[benchmark] performance targets (issue 19), this run:\n" + Targets.table());
        }
    }
}
