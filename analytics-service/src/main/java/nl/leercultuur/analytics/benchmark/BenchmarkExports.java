package nl.leercultuur.analytics.benchmark;

import nl.leercultuur.analytics.export.Csv;
import nl.leercultuur.platform.csv.CsvCells;

import java.util.List;

/** An organisation's benchmark as CSV: per dimension one row for its sector and one for the region. */
final class BenchmarkExports {

    private BenchmarkExports() {
    }

    static String csv(BenchmarkService.OrganisationBenchmark b) {
        return Csv.write(new String[]{"organisation_id", "instrument", "dimension_key", "dimension_name", "mean", "group",
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
}
