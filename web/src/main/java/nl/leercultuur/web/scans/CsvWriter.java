package nl.leercultuur.web.scans;

import java.util.List;

/**
 * CSV as RFC 4180 has it: records end with CRLF, a field is quoted when it holds a comma, a double quote, CR or LF,
 * and a double quote inside a quoted field is doubled. (commons-csv is not on the web app's classpath; this is all
 * the code download needs.)
 */
final class CsvWriter {

    private final StringBuilder out = new StringBuilder();

    CsvWriter record(String... fields) {
        return record(List.of(fields));
    }

    CsvWriter record(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
