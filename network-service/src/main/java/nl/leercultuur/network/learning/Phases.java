package nl.leercultuur.network.learning;

import java.util.List;

/** The action-learning cycle; a case moves one step forward, or back, never skipping. */
public final class Phases {

    public static final List<String> ORDER = List.of("ready", "explore-problem", "develop-solutions", "sharpen-and-share",
            "experiment", "reflect-and-present");

    private Phases() {
    }

    public static boolean isPhase(String p) {
        return ORDER.contains(p);
    }

    public static boolean mayMove(String from, String to) {
        int a = ORDER.indexOf(from);
        int b = ORDER.indexOf(to);
        return a >= 0 && b >= 0 && (b == a + 1 || b < a);
    }
}
