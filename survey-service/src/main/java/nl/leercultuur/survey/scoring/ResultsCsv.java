package nl.leercultuur.survey.scoring;

import nl.leercultuur.platform.csv.CsvCells;
import nl.leercultuur.survey.scoring.ResultDtos.DimensionScore;
import nl.leercultuur.survey.scoring.ResultDtos.ScanResults;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Dimension results as RFC 4180 CSV: one row per dimension, figures left empty where they are withheld. */
public final class ResultsCsv {

    static final String[] HEADER = {"scan_id", "dimension_key", "dimension_name", "suppressed", "n", "mean", "sd",
            "favourable_share", "distribution"};

    private ResultsCsv() {
    }

    public static String write(ScanResults r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (DimensionScore d : r.dimensions()) {
                boolean withheld = Boolean.TRUE.equals(d.suppressed());
                csv.printRecord(CsvCells.of(r.scanId(), d.key(), d.name(), withheld, withheld ? null : d.n(), d.mean(), d.sd(),
                        d.favourableShare(), withheld ? null : distribution(d.distribution())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** "1=3 2=0 …": scale point = number of answers, in scale order. */
    private static String distribution(Map<String, Integer> d) {
        if (d == null) {
            return null;
        }
        Map<Double, String> ordered = new TreeMap<>();
        d.forEach((point, count) -> ordered.put(Double.parseDouble(point), point + "=" + count));
        return ordered.values().stream().collect(Collectors.joining(" "));
    }
}
