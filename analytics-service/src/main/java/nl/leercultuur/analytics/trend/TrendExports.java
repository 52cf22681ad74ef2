package nl.leercultuur.analytics.trend;

import nl.leercultuur.analytics.export.Csv;
import nl.leercultuur.analytics.export.Svg;
import nl.leercultuur.platform.csv.CsvCells;

import java.util.ArrayList;
import java.util.List;

import static nl.leercultuur.analytics.export.Svg.esc;
import static nl.leercultuur.analytics.export.Svg.fmt;
import static nl.leercultuur.analytics.export.Svg.text;

/** A trend as CSV (baseline against latest per dimension, with the follow-up recorded for it) and as an SVG chart: one line per dimension over the scans. */
final class TrendExports {

    private TrendExports() {
    }

    static String csv(TrendService.Trend t) {
        return Csv.write(new String[]{"organisation_id", "instrument", "unit", "dimension_key", "baseline_key", "compared",
                "baseline_mean", "latest_mean", "difference", "cohens_d", "ci_low", "ci_high", "meaningful", "reason",
                "followup_scan_id", "followup_improvements", "followup_planned", "followup_doing", "followup_done",
                "followup_dropped"}, csv -> {
            for (TrendService.Change c : t.changes()) {
                TrendService.FollowUp f = c.followUp();
                csv.printRecord(CsvCells.of(t.organisationId(), t.instrumentKey(), t.unitLabel(), c.key(), c.baselineKey(), c.compared(),
                        c.baselineMean(), c.latestMean(), c.difference(), c.cohensD(), c.ciLow(), c.ciHigh(), c.meaningful(),
                        c.reason(), f == null ? null : f.scanId(), f == null ? null : f.improvements(),
                        f == null ? null : f.planned(), f == null ? null : f.doing(), f == null ? null : f.done(),
                        f == null ? null : f.dropped()));
            }
        });
    }

    static String svg(TrendService.Trend t) {
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
        StringBuilder s = Svg.header(width, height, "Trend: " + t.instrumentKey());
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
            s.append(text(x, top + plotH + 20, 11, "normal", "middle", points.get(i).closedAt().format(Svg.MONTH)));
        }
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            String colour = Svg.COLOURS[k % Svg.COLOURS.length];
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
}
