package nl.leercultuur.catalog.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what someone typed into a PostgreSQL tsquery for the dutch_unaccent configuration. Every word must match
 * (AND). The Snowball stemmer leaves verb forms such as "leert" (he learns) or "geleerd" (learned) apart from
 * "leren", so each word also tries the form without the -t/-d ending and without the ge- prefix; the stemmer
 * then brings "leer" and "leren" together. Only letters and digits reach the query: no tsquery syntax injection.
 */
public final class DutchQuery {

    private static final int MAX_WORDS = 12;

    private DutchQuery() {
    }

    /** The tsquery text, or null when the input holds no words. */
    public static String tsquery(String input) {
        if (input == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String raw : input.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (raw.isEmpty() || terms.size() == MAX_WORDS) {
                continue;
            }
            Set<String> forms = new LinkedHashSet<>();
            forms.add(raw);
            String w = raw;
            if (w.startsWith("ge") && w.length() > 6 && (w.endsWith("d") || w.endsWith("t"))) {
                forms.add(w.substring(2, w.length() - 1)); // geleerd -> leer, gewerkt -> werk
            }
            if (w.length() > 4 && (w.endsWith("t") || w.endsWith("d")) && !w.endsWith("dt")) {
                forms.add(w.substring(0, w.length() - 1)); // leert -> leer, vindt handled below
            }
            if (w.length() > 4 && w.endsWith("dt")) {
                forms.add(w.substring(0, w.length() - 1)); // vindt -> vind
            }
            terms.add(forms.size() == 1 ? raw : "(" + String.join(" | ", forms) + ")");
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }
}
