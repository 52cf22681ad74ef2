package nl.leercultuur.web.networks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The action-learning cycle as the network service knows it (PhaseMove's pattern): a case moves one phase forward,
 * or back to any earlier phase, never skipping ahead. Shown as a numbered list with the current phase marked in words.
 */
public final class Phases {

    public static final List<String> ORDER = List.of("ready", "explore-problem", "develop-solutions", "sharpen-and-share",
            "experiment", "reflect-and-present");

    /** One phase in the list: its place, whether it is behind the case, the current one, or still ahead. */
    public record Step(String key, String label, int number, boolean done, boolean current) {
        public boolean ahead() {
            return !done && !current;
        }
    }

    private Phases() {
    }

    /** The phase's place in the cycle; -1 for none or an unknown one (List.of refuses to look up null). */
    private static int index(String key) {
        return key == null ? -1 : ORDER.indexOf(key);
    }

    public static boolean isPhase(String key) {
        return key != null && ORDER.contains(key);
    }

    /** Every phase in order, marked against {@code current} (an unknown current marks none). */
    public static List<Step> steps(String current, Function<String, String> label) {
        int at = index(current);
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < ORDER.size(); i++) {
            String k = ORDER.get(i);
            out.add(new Step(k, label.apply(k), i + 1, at >= 0 && i < at, i == at));
        }
        return out;
    }

    /** The phase after {@code current}; empty at the last one or for an unknown phase. */
    public static Optional<String> next(String current) {
        int at = index(current);
        return at < 0 || at == ORDER.size() - 1 ? Optional.empty() : Optional.of(ORDER.get(at + 1));
    }

    /** The phases a case may go back to: all before {@code current}. */
    public static List<String> earlier(String current) {
        int at = index(current);
        return at <= 0 ? List.of() : ORDER.subList(0, at);
    }

    /** The API's rule: one step forward, or back to any earlier phase. */
    public static boolean mayMove(String from, String to) {
        int a = index(from);
        int b = index(to);
        return a >= 0 && b >= 0 && (b == a + 1 || b < a);
    }
}
