package nl.leercultuur.analytics.recommendation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.analytics.profile.ProfileDtos.DimensionProfile;
import nl.leercultuur.analytics.profile.ProfileDtos.ScanProfile;
import nl.leercultuur.analytics.profile.ProfileService;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The two weakest dimensions of a scan and what the catalogue offers for them. */
@ApplicationScoped
public class RecommendationService {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Weak(String key, String name, BigDecimal mean, BigDecimal favourableShare, String concept) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Recommendations(UUID scanId, List<Weak> weakest, List<CatalogResource> resources, boolean partial, String note) {
    }

    private final ProfileService profiles;
    private final CatalogRecommendations catalog;

    RecommendationService(ProfileService profiles, CatalogRecommendations catalog) {
        this.profiles = profiles;
        this.catalog = catalog;
    }

    public Recommendations forScan(UUID scanId) {
        ScanProfile p = profiles.profile(scanId); // checks who may read it
        List<Weak> weakest = weakest(p.dimensions());
        if (weakest.isEmpty()) {
            return new Recommendations(scanId, List.of(), null, false, "no dimension results (too few responses)");
        }
        List<String> concepts = weakest.stream().map(Weak::concept).filter(java.util.Objects::nonNull).distinct().toList();
        Optional<List<CatalogResource>> items = catalog.forDimensions(weakest.stream().map(Weak::key).toList(), concepts, 5);
        return items.map(i -> new Recommendations(scanId, weakest, i, false, null))
                .orElseGet(() -> new Recommendations(scanId, weakest, null, true, "the catalogue could not be reached; try again later"));
    }

    /** Lowest position on the dimension's scale first (the mean where all share a scale), ties by lower favourable share. */
    static List<Weak> weakest(List<DimensionProfile> dims) {
        return dims.stream()
                .sorted(Comparator.comparingDouble(RecommendationService::position)
                        .thenComparing(d -> d.favourableShare() == null ? BigDecimal.ONE : d.favourableShare())
                        .thenComparing(DimensionProfile::key))
                .limit(2).map(d -> new Weak(d.key(), d.name(), d.mean(), d.favourableShare(), d.concept())).toList();
    }

    private static double position(DimensionProfile d) {
        if (d.scaleMin() == null || d.scaleMax() == null || d.scaleMax().compareTo(d.scaleMin()) <= 0) {
            return d.mean().doubleValue();
        }
        return (d.mean().doubleValue() - d.scaleMin().doubleValue()) / (d.scaleMax().doubleValue() - d.scaleMin().doubleValue());
    }
}
