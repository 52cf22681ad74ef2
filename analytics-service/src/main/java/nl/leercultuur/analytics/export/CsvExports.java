package nl.leercultuur.analytics.export;

import nl.leercultuur.analytics.benchmark.BenchmarkService;
import nl.leercultuur.analytics.profile.ProfileDtos;
import nl.leercultuur.analytics.trend.TrendService;
import nl.leercultuur.platform.csv.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** RFC 4180 CSV (UTF-8, header row) of profiles, trends and benchmarks. */
public final class CsvExports {

    private CsvExports() {
    }

    public static String profile(ProfileDtos.ScanProfile p) {
        return write(new String[]{"scan_id", "organisation_id", "organisation_name", "unit", "instrument", "closed_at",
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

    public static String trend(TrendService.Trend t) {
        return write(new String[]{"organisation_id", "instrument", "unit", "dimension_key", "baseline_key", "compared",
                "baseline_mean", "latest_mean", "difference", "cohens_d", "ci_low", "ci_high", "meaningful", "reason"}, csv -> {
            for (TrendService.Change c : t.changes()) {
                csv.printRecord(CsvCells.of(t.organisationId(), t.instrumentKey(), t.unitLabel(), c.key(), c.baselineKey(), c.compared(),
                        c.baselineMean(), c.latestMean(), c.difference(), c.cohensD(), c.ciLow(), c.ciHigh(), c.meaningful(),
                        c.reason()));
            }
        });
    }

    public static String benchmark(BenchmarkService.OrganisationBenchmark b) {
        return write(new String[]{"organisation_id", "instrument", "dimension_key", "dimension_name", "mean", "group",
                "status", "organisations", "median", "q1", "q3", "percentile_rank"}, csv -> {
            for (BenchmarkService.DimensionBenchmark d : b.dimensions()) {
                for (String group : List.of("sector", "region")) {
                    BenchmarkService.Group g = group.equals("sector") ? d.sector() : d.region();
                    csv.printRecord(CsvCells.of(b.organisationId(), b.instrumentKey(), d.key(), d.name(), d.mean(), group, g.status(),
                            g.organisations(), g.median(), g.q1(), g.q3(), g.percentileRank()));
                }
            }
        });
    }

    interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static String write(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
