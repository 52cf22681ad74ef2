package nl.leercultuur.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 19's performance targets in one table. Each benchmark records, for each target it measures, the figure it got
 * in this run against what is required; {@code target/benchmarks/targets.md} holds the whole table after every record
 * and {@link TargetsTable} prints it when the run ends. A figure never fails a test: the table says PASS or MISS.
 */
final class Targets {

    /** One target: {@code figure} measured against {@code required}; {@code basis} says what the figure was made of. */
    record Row(String target, String required, String figure, boolean pass, String basis) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private Targets() {
    }

    /** A figure that must be at least {@code required} (a throughput, a ratio). */
    static void atLeast(String target, double figure, double required, String unit, String basis) {
        record(new Row(target, "≥ " + num(required) + unit, num(figure) + unit, figure >= required, basis));
    }

    /** A figure that must be at most {@code required} (a latency, a size). */
    static void atMost(String target, double figure, double required, String unit, String basis) {
        record(new Row(target, "≤ " + num(required) + unit, num(figure) + unit, figure <= required, basis));
    }

    static synchronized List<Row> rows() {
        return List.copyOf(ROWS);
    }

    private static synchronized void record(Row row) {
        ROWS.add(row);
        System.out.println("[target] " + (row.pass() ? "PASS " : "MISS ") + row.target() + ": " + row.figure() + " (required "
                + row.required() + "; " + row.basis() + ")");
        try {
            Path dir = Path.of(System.getProperty("user.dir"), "target", "benchmarks");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("targets.md"), table());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table as Markdown: target, required, figure, PASS/MISS, what the figure was made of. */
    static synchronized String table() {
        StringBuilder sb = new StringBuilder("| target | required | figure | | measured as |\n|---|---|---|---|---|\n");
        int pass = 0;
        for (Row r : ROWS) {
            sb.append("| ").append(r.target()).append(" | ").append(r.required()).append(" | ").append(r.figure()).append(" | ")
                    .append(r.pass() ? "PASS" : "MISS").append(" | ").append(r.basis()).append(" |\n");
            pass += r.pass() ? 1 : 0;
        }
        sb.append("\n").append(pass).append(" of ").append(ROWS.size()).append(" targets met; machine: ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ").append(System.getProperty("java.version"))
                .append(Bench.smoke() ? "; SMOKE sizes: these figures say nothing" : "").append('\n');
        return sb.toString();
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) < 10 ? "%.2f" : "%.1f", v);
    }
}
