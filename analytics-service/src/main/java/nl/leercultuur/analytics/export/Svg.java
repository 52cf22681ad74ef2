package nl.leercultuur.analytics.export;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The pieces of the server-rendered SVG charts (each feature draws its own from these): the document head, text,
 * numbers, the palette. All text is XML-escaped.
 */
public final class Svg {

    public static final String[] COLOURS = {"#1b6ca8", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f", "#30638e", "#b56576"};
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", new Locale("nl"));

    private Svg() {
    }

    /** The start of a document of this size with its title; the caller appends the drawing and {@code </svg>}. */
    public static StringBuilder header(int width, int height, String title) {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" role=\"img\">"
                        .formatted(width, height, width, height))
                .append("<title>").append(esc(title)).append("</title>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    }

    public static String text(double x, double y, int size, String weight, String anchor, String content) {
        return "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" font-weight=\"%s\" text-anchor=\"%s\" fill=\"#222\">%s</text>"
                .formatted(x, y, size, weight, anchor, esc(content));
    }

    public static String fmt(double v) {
        return String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.2f", v);
    }

    public static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
