package nl.leercultuur.analytics.export;

import nl.leercultuur.analytics.benchmark.BenchmarkService;
import nl.leercultuur.analytics.profile.ProfileDtos;
import nl.leercultuur.analytics.trend.TrendService;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Server-rendered SVG charts from templates: a scan's dimension profile as horizontal bars with the region's
 * interquartile range and median beside each, and a trend as one line per dimension over the scans. All text is
 * XML-escaped; sizes follow the number of dimensions so labels never overlap.
 */
public final class SvgCharts {

    private static final String[] COLOURS = {"#1b6ca8", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f", "#30638e", "#b56576"};
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", new Locale("nl"));

    private SvgCharts() {
    }

    public static String profile(ProfileDtos.ScanProfile p) {
        List<ProfileDtos.DimensionProfile> dims = p.dimensions();
        double min = dims.stream().filter(d -> d.scaleMin() != null).mapToDouble(d -> d.scaleMin().doubleValue()).min().orElse(1);
        double max = dims.stream().filter(d -> d.scaleMax() != null).mapToDouble(d -> d.scaleMax().doubleValue()).max().orElse(5);
        int left = 260, width = 720, barArea = width - left - 40, rowH = 34, top = 70;
        int height = top + dims.size() * rowH + 60;
        StringBuilder s = header(width, height, "Profiel: " + p.title());
        s.append(text(20, 30, 18, "bold", "start", p.title() + " — " + p.organisationName()
                + (p.unitLabel() == null ? "" : ", " + p.unitLabel())));
        s.append(text(20, 52, 12, "normal", "start", "Gemiddelde per dimensie (schaal " + fmt(min) + "–" + fmt(max)
                + "); grijs: middelste helft van de regio, streep: mediaan regio"));
        for (int i = 0; i <= (int) (max - min); i++) {
            double x = left + barArea * i / (max - min);
            s.append("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>".formatted(x, top - 8, x, top + dims.size() * rowH));
            s.append(text(x, top + dims.size() * rowH + 18, 11, "normal", "middle", fmt(min + i)));
        }
        Map<String, BenchmarkService.Group> region = new LinkedHashMap<>();
        if (p.benchmark() != null) {
            p.benchmark().forEach(b -> region.put(b.key(), b.region()));
        }
        for (int i = 0; i < dims.size(); i++) {
            ProfileDtos.DimensionProfile d = dims.get(i);
            double y = top + i * rowH;
            double w = barArea * (d.mean().doubleValue() - min) / (max - min);
            s.append(text(left - 10, y + 17, 13, "normal", "end", d.name()));
            BenchmarkService.Group g = region.get(d.key());
            if (g != null && "ok".equals(g.status())) {
                double x1 = left + barArea * (g.q1() - min) / (max - min);
                double x3 = left + barArea * (g.q3() - min) / (max - min);
                double xm = left + barArea * (g.median() - min) / (max - min);
                s.append("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"24\" fill=\"#e6e6e6\"/>".formatted(x1, y, Math.max(1, x3 - x1)));
                s.append("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555\" stroke-width=\"2\"/>".formatted(xm, y - 2, xm, y + 26));
            }
            s.append("<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"16\" fill=\"%s\"><title>%s</title></rect>"
                    .formatted(left, y + 4, Math.max(0, w), COLOURS[0], esc(d.name() + ": " + d.mean())));
            s.append(text(left + w + 6, y + 17, 12, "bold", "start", fmt(d.mean().doubleValue())));
        }
        return s.append("</svg>\n").toString();
    }

    public static String trend(TrendService.Trend t) {
        List<TrendService.Point> points = t.series().stream().filter(p -> p.means() != null).toList();
        List<String> keys = new ArrayList<>();
        points.forEach(p -> p.means().keySet().forEach(k -> {
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }));
        double min = points.stream().flatMap(p -> p.means().values().stream()).mapToDouble(Double::doubleValue).min().orElse(1);
        double max = points.stream().flatMap(p -> p.means().values().stream()).mapToDouble(Double::doubleValue).max().orElse(5);
        min = Math.floor(min - 0.25);
        max = Math.ceil(max + 0.25);
        int width = 760, left = 60, right = 220, top = 70, plotH = 300, height = top + plotH + 70;
        int plotW = width - left - right;
        StringBuilder s = header(width, height, "Trend: " + t.instrumentKey());
        s.append(text(20, 30, 18, "bold", "start", "Trend " + t.instrumentKey() + " — " + t.organisationId()
                + (t.unitLabel() == null ? "" : ", " + t.unitLabel())));
        s.append(text(20, 52, 12, "normal", "start", "Gemiddelde per dimensie per scan"));
        for (double v = min; v <= max + 1e-9; v += 0.5) {
            double y = top + plotH - plotH * (v - min) / (max - min);
            s.append("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>".formatted(left, y, left + plotW, y));
            s.append(text(left - 8, y + 4, 11, "normal", "end", fmt(v)));
        }
        int n = points.size();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? left + plotW / 2.0 : left + plotW * i / (double) (n - 1);
            s.append(text(x, top + plotH + 20, 11, "normal", "middle", points.get(i).closedAt().format(MONTH)));
        }
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            String colour = COLOURS[k % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < n; i++) {
                Double v = points.get(i).means().get(key);
                if (v == null) {
                    continue;
                }
                double x = n == 1 ? left + plotW / 2.0 : left + plotW * i / (double) (n - 1);
                double y = top + plotH - plotH * (v - min) / (max - min);
                path.append(path.length() == 0 ? "M" : " L").append("%.1f %.1f".formatted(x, y));
                s.append("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s</title></circle>".formatted(x, y, colour, esc(key + ": " + v)));
            }
            s.append("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>".formatted(path, colour));
            double ly = top + 10 + k * 20;
            s.append("<rect x=\"%d\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>".formatted(left + plotW + 20, ly - 10, colour));
            s.append(text(left + plotW + 38, ly, 12, "normal", "start", key));
        }
        return s.append("</svg>\n").toString();
    }

    private static StringBuilder header(int width, int height, String title) {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" role=\"img\">"
                        .formatted(width, height, width, height))
                .append("<title>").append(esc(title)).append("</title>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    }

    private static String text(double x, double y, int size, String weight, String anchor, String content) {
        return "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" font-weight=\"%s\" text-anchor=\"%s\" fill=\"#222\">%s</text>"
                .formatted(x, y, size, weight, anchor, esc(content));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.2f", v);
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
