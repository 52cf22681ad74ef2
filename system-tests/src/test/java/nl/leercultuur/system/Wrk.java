package nl.leercultuur.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk 4 as the load generator where the proxy itself is measured: written in C, it leaves the two cores to what is
 * measured, where a Java client in the same JVM as the backend would take a good part of them.
 */
final class Wrk {

    record Result(String name, double perSecond, double p50Ms, double p95Ms, double p99Ms, long requests, long non2xx, long socketErrors) {
        String line() {
            return String.format(Locale.ROOT, "%-44s %9.0f req/s  p50 %6.2f ms%s  p99 %6.2f ms  (%d requests, %d non-2xx, %d socket errors)",
                    name, perSecond, p50Ms, Double.isNaN(p95Ms) ? "" : String.format(Locale.ROOT, "  p95 %6.2f ms", p95Ms), p99Ms, requests,
                    non2xx, socketErrors);
        }
    }

    /**
     * A wrk script that prints the 95th percentile (wrk's own distribution lists 50, 75, 90 and 99) and, with
     * {@code paths}, sends those paths in turn on each connection.
     */
    static String script(List<String> paths) {
        StringBuilder lua = new StringBuilder();
        if (!paths.isEmpty()) {
            lua.append("local paths = {");
            for (String path : paths) {
                lua.append('"').append(path.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",");
            }
            lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
        }
        lua.append("done = function(summary, latency, requests)\n  io.write(string.format(\"p95 %dus\\n\", latency:percentile(95)))\nend\n");
        return lua.toString();
    }

    private Wrk() {
    }

    /** Installs wrk where it is missing and this is root (scripts/ensure-wrk.sh); false when it cannot be had. */
    static boolean available() {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        return Commands.succeeds(new ProcessBuilder("bash", root.resolve("scripts/ensure-wrk.sh").toString()).inheritIO());
    }

    /** {@code wrk -t2 (one thread for one connection) -c<connections> -d<seconds>s --latency [-H header]… url}. */
    static Result run(String name, String url, int connections, int seconds, String... headers) {
        return scripted(name, url, connections, seconds, null, headers);
    }

    /** The same with a wrk script ({@link #script}), or none when null; its p95 is in the result. */
    static Result scripted(String name, String url, int connections, int seconds, String lua, String... headers) {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t" + Math.min(2, connections), "-c" + connections, "-d" + seconds + "s", "--latency"));
        Path scriptFile = null;
        if (lua != null) {
            try {
                scriptFile = java.nio.file.Files.createTempFile("wrk", ".lua");
                java.nio.file.Files.writeString(scriptFile, lua);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            cmd.add("-s");
            cmd.add(scriptFile.toString());
        }
        for (String h : headers) {
            cmd.add("-H");
            cmd.add(h);
        }
        cmd.add(url);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(seconds + 30L, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("wrk failed: " + out);
            }
            Result r = parse(name, out);
            if (lua != null && Double.isNaN(r.p95Ms())) {
                throw new IllegalStateException("wrk's script printed no p95: " + out);
            }
            return r;
        } catch (IOException e) {
            throw new IllegalStateException("wrk could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (scriptFile != null) {
                scriptFile.toFile().delete();
            }
        }
    }

    static Result parse(String name, String out) {
        Matcher p95 = Pattern.compile("^p95 (\\d+)us$", Pattern.MULTILINE).matcher(out);
        return new Result(name, number(out, "Requests/sec:\\s+([\\d.]+)"), latency(out, "50%"),
                p95.find() ? Long.parseLong(p95.group(1)) / 1000.0 : Double.NaN, latency(out, "99%"),
                (long) number(out, "(\\d+) requests in"), (long) number(out, "Non-2xx or 3xx responses: (\\d+)"),
                socketErrors(out));
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** A line of the latency distribution, e.g. {@code 99%    3.21ms}, in milliseconds. */
    private static double latency(String out, String percentile) {
        Matcher m = Pattern.compile("^\\s*" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE).matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    private static long socketErrors(String out) {
        Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        return m.find() ? Arrays.stream(new int[]{1, 2, 3, 4}).mapToLong(i -> Long.parseLong(m.group(i))).sum() : 0;
    }

    /** The median of a few runs' figure. */
    static double median(List<Result> runs, java.util.function.ToDoubleFunction<Result> figure) {
        double[] v = runs.stream().mapToDouble(figure).sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
