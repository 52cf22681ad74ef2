package nl.leercultuur.analytics.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** RFC 4180 CSV (UTF-8, header row); each feature writes its own rows (cells through platform's CsvCells). */
public final class Csv {

    private Csv() {
    }

    /** The rows of one export, printed under the header. */
    public interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    public static String write(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
