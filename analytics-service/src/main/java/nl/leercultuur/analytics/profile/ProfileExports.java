package nl.leercultuur.analytics.profile;

import nl.leercultuur.analytics.benchmark.BenchmarkService;
import nl.leercultuur.analytics.export.Csv;
import nl.leercultuur.analytics.export.Svg;
import nl.leercultuur.platform.csv.CsvCells;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.leercultuur.analytics.export.Svg.esc;
import static nl.leercultuur.analytics.export.Svg.fmt;
import static nl.leercultuur.analytics.export.Svg.text;

/**
 * A scan's profile as CSV (one row per dimension, with the region benchmark) and as an SVG chart: horizontal bars
 * with the region's interquartile range and median beside each; the height follows the number of dimensions so
 * labels never overlap.
 */
final class ProfileExports {

    private ProfileExports() {
    }

    static String csv(ProfileDtos.ScanProfile p) {
        return Csv.write(new String[]{"scan_id", "organisation_id", "organisation_name", "unit", "instrument", "closed_at",
                "dimension_key", "dimension_name", "n", "mean", "sd", "favourable_share", "region_median", "region_q1", "region_q3",
                "region_percentile_rank"}, csv -> {
            for (ProfileDtos.DimensionProfile d : p.dimensions()) {
                BenchmarkService.Group g = p.benchmark() == null ? null : p.benchmark().stream()
                        .filter(b -> b.key().equals(d.key())).map(BenchmarkService.DimensionBenchmark::region).findFirst().orElse(null);
                csv.printRecord(CsvCells.of(p.scanId(), p.organisationId(), p.organisationName(), p.unitLabel(), p.instrumentKey(),
                        p.closedAt(), d.key(), d.name(), d.n(), d.mean(), d.sd(), d.favourableShare(),
                        g == null ? null : g.median(), g == null ? null : g.q1(), g == null ? null : g.q3(),
                        g == null ? null : g.percentileRank()));
            }
        });
    }

    static String svg(ProfileDtos.ScanProfile p) {
        List<ProfileDtos.DimensionProfile> dims = p.dimensions();
        double min = dims.stream().filter(d -> d.scaleMin() != null).mapToDouble(d -> d.scaleMin().doubleValue()).min().orElse(1);
        double max = dims.stream().filter(d -> d.scaleMax() != null).mapToDouble(d -> d.scaleMax().doubleValue()).max().orElse(5);
        int left = 260, width = 720, barArea = width - left - 40, rowH = 34, top = 70;
        int height = top + dims.size() * rowH + 60;
        StringBuilder s = Svg.header(width, height, "Profiel: " + p.title());
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
                    .formatted(left, y + 4, Math.max(0, w), Svg.COLOURS[0], esc(d.name() + ": " + d.mean())));
            s.append(text(left + w + 6, y + 17, 12, "bold", "start", fmt(d.mean().doubleValue())));
        }
        return s.append("</svg>\n").toString();
    }
}
