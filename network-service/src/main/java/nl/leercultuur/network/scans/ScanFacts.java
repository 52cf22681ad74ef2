package nl.leercultuur.network.scans;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What network-service knows of one closed scan. {@code dimensions} is empty for a suppressed scan; a withheld
 * dimension has no mean and no n.
 */
public record ScanFacts(UUID scanId, String organisationId, String unitLabel, String instrumentKey, OffsetDateTime closedAt,
                        boolean suppressed, List<Dimension> dimensions) {

    public ScanFacts {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    public record Dimension(String key, String name, BigDecimal mean, Integer n) {

        /** Whether the scan disclosed this dimension's figures. */
        public boolean disclosed() {
            return mean != null && n != null;
        }
    }

    public Optional<Dimension> dimension(String key) {
        return dimensions.stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
