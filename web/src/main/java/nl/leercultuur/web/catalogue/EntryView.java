package nl.leercultuur.web.catalogue;

import java.util.List;

/**
 * One catalogue entry as a person reads it: every key turned into words, the facts as label and values (a value may
 * link to a search for more of the same), the practice's success factors and preconditions when a member shared it.
 */
public record EntryView(String id, String title, String kind, String kindLabel, String summary, String byline, String url,
                        String host, String status, String statusLabel, List<Fact> facts, List<String> whatMadeItWork,
                        List<String> preconditions, String contact, boolean shared, String successFactors, Long version) {

    public record Fact(String label, List<Link> values) {
    }

    public record Link(String text, String href) {
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    public boolean practice() {
        return !whatMadeItWork.isEmpty() || !preconditions.isEmpty();
    }
}
