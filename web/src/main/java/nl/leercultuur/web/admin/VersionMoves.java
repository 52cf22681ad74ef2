package nl.leercultuur.web.admin;

import nl.leercultuur.client.survey.model.VersionSummary;

import java.util.Comparator;
import java.util.List;

/**
 * The moves an instrument version's lifecycle allows (survey-service's InstrumentVersion.Status: a draft can be
 * published, a published version retired, a retired one nothing), so that a page offers only those.
 */
public final class VersionMoves {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String RETIRED = "RETIRED";

    private VersionMoves() {
    }

    public static List<String> from(String status) {
        if (status == null) {
            return List.of();
        }
        return switch (status) {
            case DRAFT -> List.of(PUBLISHED);
            case PUBLISHED -> List.of(RETIRED);
            default -> List.of();
        };
    }

    public static boolean allowed(String from, String to) {
        return from(from).contains(to);
    }

    /** The address word of a move ({@code /versies/2/publiceren}) and back. */
    public static String slug(String target) {
        return PUBLISHED.equals(target) ? "publiceren" : RETIRED.equals(target) ? "intrekken" : null;
    }

    public static String target(String slug) {
        return "publiceren".equals(slug) ? PUBLISHED : "intrekken".equals(slug) ? RETIRED : null;
    }

    /**
     * The version a page shows: the one asked for when it exists; else the newest published one (what new scans
     * use); else the newest of all (an instrument with only a draft). Null when there is no version.
     */
    public static Integer shown(List<VersionSummary> versions, Integer asked) {
        if (versions == null || versions.isEmpty()) {
            return null;
        }
        if (asked != null && versions.stream().anyMatch(v -> asked.equals(v.getVersion()))) {
            return asked;
        }
        return versions.stream().filter(v -> PUBLISHED.equals(v.getStatus()) && v.getVersion() != null)
                .map(VersionSummary::getVersion).max(Comparator.naturalOrder())
                .orElseGet(() -> versions.stream().map(VersionSummary::getVersion).filter(java.util.Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(null));
    }

    /** The draft among the versions (there is at most one), or null. */
    public static Integer draft(List<VersionSummary> versions) {
        return versions == null ? null : versions.stream().filter(v -> DRAFT.equals(v.getStatus()))
                .map(VersionSummary::getVersion).findFirst().orElse(null);
    }

    /** The language of the questions shown: the one asked for if the instrument has it, else the page's, else Dutch. */
    public static String contentLanguage(String asked, String pageLang, List<String> languages) {
        List<String> has = languages == null || languages.isEmpty() ? List.of("nl") : languages;
        if (asked != null && has.contains(asked)) {
            return asked;
        }
        if (has.contains(pageLang)) {
            return pageLang;
        }
        return has.contains("nl") ? "nl" : has.get(0);
    }
}
