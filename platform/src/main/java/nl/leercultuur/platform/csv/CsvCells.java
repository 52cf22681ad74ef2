package nl.leercultuur.platform.csv;

/**
 * Cells for CSV files that people open in a spreadsheet. A text that starts with =, +, -, @, a tab or a carriage
 * return would be run as a formula there (CSV injection, OWASP); such a text gets a leading apostrophe, which the
 * spreadsheet shows as text. Numbers, booleans and dates are written as they are (a negative difference stays a
 * number).
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static Object[] of(Object... values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = cell(values[i]);
        }
        return out;
    }

    public static Object cell(Object value) {
        if (!(value instanceof CharSequence text) || text.length() == 0) {
            return value;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : value;
    }
}
