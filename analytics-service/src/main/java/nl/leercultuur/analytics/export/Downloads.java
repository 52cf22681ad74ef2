package nl.leercultuur.analytics.export;

import jakarta.ws.rs.core.Response;

/** The HTTP answer for an export: its media type, and a file name when it is meant to be saved. */
public final class Downloads {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String SVG = "image/svg+xml; charset=UTF-8";

    private Downloads() {
    }

    public static Response file(String body, String type, String filename) {
        Response.ResponseBuilder r = Response.ok(body, type);
        if (filename != null) {
            r.header("Content-Disposition", "attachment; filename=\"" + filename.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        }
        return r.build();
    }
}
