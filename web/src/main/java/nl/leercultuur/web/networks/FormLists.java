package nl.leercultuur.web.networks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lists typed into a textarea: one theme per line, or catalogue entries as links or ids. */
public final class FormLists {

    private static final Pattern UUID_IN_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The catalogue entries found, and the lines in which none was found. */
    public record Ids(List<UUID> ids, List<String> unreadable) {
    }

    private FormLists() {
    }

    /** Non-empty lines, trimmed, each once, in the order typed. */
    public static List<String> lines(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                String t = line.trim();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Each line a catalogue link (…/catalogus/{id}) or a bare id. */
    public static Ids ids(String text) {
        Set<UUID> ids = new LinkedHashSet<>();
        List<String> unreadable = new ArrayList<>();
        for (String line : lines(text)) {
            Matcher m = UUID_IN_TEXT.matcher(line);
            if (m.find()) {
                ids.add(UUID.fromString(m.group().toLowerCase()));
            } else {
                unreadable.add(line);
            }
        }
        return new Ids(new ArrayList<>(ids), unreadable);
    }
}
