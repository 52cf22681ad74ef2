package nl.leercultuur.survey.followup;

import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.survey.followup.FollowUpDtos.Suggestions;
import nl.leercultuur.survey.followup.FollowUpDtos.WeakDimension;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Catalogue entries for a scan's two weakest disclosed dimensions. The dimensions are decided in a transaction of
 * their own ({@link FollowUpService#weakest}); the catalogue is asked after it, so a slow catalogue never holds a
 * database connection. When it cannot be reached the answer still comes: the dimensions, no entries, partial.
 */
@ApplicationScoped
public class SuggestionService {

    static final int WEAKEST = 2;
    static final int ENTRIES = 5;

    private final FollowUpService followUp;
    private final CatalogSuggestions catalog;

    SuggestionService(FollowUpService followUp, CatalogSuggestions catalog) {
        this.followUp = followUp;
        this.catalog = catalog;
    }

    public Suggestions forScan(UUID scanId) {
        List<WeakDimension> weakest = followUp.weakest(scanId, WEAKEST);
        if (weakest.isEmpty()) {
            return new Suggestions(scanId, List.of(), List.of(), false,
                    "no dimension results are shown for this scan (too few responses), so nothing to suggest from");
        }
        List<String> concepts = weakest.stream().map(WeakDimension::concept).filter(java.util.Objects::nonNull).distinct().toList();
        Optional<List<CatalogEntry>> entries = catalog.forDimensions(weakest.stream().map(WeakDimension::key).toList(), concepts, ENTRIES);
        return entries.map(e -> new Suggestions(scanId, weakest, e, false, null))
                .orElseGet(() -> new Suggestions(scanId, weakest, List.of(), true,
                        "the catalogue could not be reached; try again later"));
    }
}
