package nl.leercultuur.analytics.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.leercultuur.analytics.zone.LearningZones;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class ProfileDtos {

    private ProfileDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DimensionProfile(String key, String name, int n, BigDecimal mean, BigDecimal sd, BigDecimal favourableShare,
                                   BigDecimal scaleMin, BigDecimal scaleMax,
                                   @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The concept of the shared vocabulary this dimension measures; absent for a custom dimension naming none")
                                   String concept) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScanProfile(UUID scanId, String organisationId, String organisationName, String sector, String region,
                              String unitLabel, String title, String instrumentKey, int instrumentVersion,
                              OffsetDateTime closedAt, int responseCount, BigDecimal responseRate, boolean suppressed,
                              BigDecimal overallIndex, List<DimensionProfile> dimensions,
                              LearningZones.Placement learningZone,
                              List<nl.leercultuur.analytics.benchmark.BenchmarkService.DimensionBenchmark> benchmark) {
    }
}
