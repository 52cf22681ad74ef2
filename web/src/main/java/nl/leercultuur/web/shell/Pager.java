package nl.leercultuur.web.shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list's place in its pages as the pages show it: numbered from 1 in addresses ({@code ?pagina=2}), from 0 in the
 * API; the links to the previous and next page keep the list's other parameters (search, filter).
 *
 * @param page  1-based
 * @param pages at least 1
 */
public record Pager(int page, int pages, long total, String previousUrl, String nextUrl) {

    /** The page asked for in an address (anything unreadable or below 1 is page 1). */
    public static int requested(String raw) {
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(raw == null ? "1" : raw.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The API's page number (0-based) for a 1-based page. */
    public static int apiPage(int page) {
        return Math.max(0, page - 1);
    }

    /**
     * @param base   the list's path
     * @param params the list's other parameters in the order they appear (blank ones are left out)
     */
    public static Pager of(int page, int size, long total, String base, Map<String, String> params) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int p = Math.max(1, page);
        String prev = p > 1 ? url(base, params, Math.min(p - 1, pages)) : null;
        String next = p < pages ? url(base, params, p + 1) : null;
        return new Pager(p, pages, total, prev, next);
    }

    public boolean several() {
        return pages > 1;
    }

    /** A page past the end (a list that shrank since the link was made): the page says so and links back. */
    public boolean beyond() {
        return page > pages;
    }


    public static String url(String base, Map<String, String> params, int page) {
        Map<String, String> all = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                all.put(k, v);
            }
        });
        if (page > 1) {
            all.put("pagina", String.valueOf(page));
        }
        StringBuilder b = new StringBuilder(base);
        char sep = '?';
        for (Map.Entry<String, String> e : all.entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return b.toString();
    }
}
