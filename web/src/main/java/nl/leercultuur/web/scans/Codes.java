package nl.leercultuur.web.scans;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One-time codes between the page that shows them and the downloads made of them. The codes exist only in the
 * API's answer to issuing them and, after that, only in the user's own page: the codes page carries them as hidden
 * fields of the form whose buttons ask for the CSV or the printable slips; nothing of them is kept here. What comes
 * back is checked (the code's shape, a web link that names the code), so that a form cannot print anything else.
 */
final class Codes {

    /** A code with the link that answers with it (the link the API made, printed on the slip and in the QR code). */
    public record Code(String code, String link) {
    }

    static final int MAX = 5000;
    static final int SLIPS_PER_SHEET = 10;
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    private Codes() {
    }

    /** The carried codes, pairwise with their links; empty when anything does not look like what the API gave. */
    static List<Code> read(List<String> codes, List<String> links) {
        if (codes == null || links == null || codes.size() != links.size() || codes.isEmpty() || codes.size() > MAX) {
            return List.of();
        }
        List<Code> out = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            String c = codes.get(i) == null ? "" : codes.get(i).trim();
            String l = links.get(i) == null ? "" : links.get(i).trim();
            if (!CODE.matcher(c).matches() || !validLink(l, c)) {
                return List.of();
            }
            out.add(new Code(c, l));
        }
        return List.copyOf(out);
    }

    static boolean validLink(String link, String code) {
        return (link.startsWith("https://") || link.startsWith("http://")) && link.length() <= 500 && link.endsWith(code)
                && link.chars().noneMatch(ch -> ch <= ' ' || ch == '"' || ch == '<' || ch == '>');
    }

    /** The CSV download: a header line, then code and link per line. */
    static String csv(List<Code> codes) {
        StringBuilder out = new StringBuilder();
        // RFC 4180 (CRLF, quoted where needed); codes and links are checked before they get here (validLink)
        try (org.apache.commons.csv.CSVPrinter p = new org.apache.commons.csv.CSVPrinter(out,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader("code", "link").get())) {
            for (Code c : codes) {
                p.printRecord(c.code(), c.link());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The slips in sheets of ten (two across, five down on A4). */
    static <T> List<List<T>> sheets(List<T> slips) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < slips.size(); i += SLIPS_PER_SHEET) {
            out.add(List.copyOf(slips.subList(i, Math.min(slips.size(), i + SLIPS_PER_SHEET))));
        }
        return out;
    }

    /** A file name for a download: letters, digits and dashes of the title, at most 60. */
    static String fileName(String title, String suffix) {
        String base = title == null ? "" : java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        return (base.isEmpty() ? "scan" : base) + suffix;
    }
}
