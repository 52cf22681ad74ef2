package nl.leercultuur.network.scans;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** Reading the closed scans network-service has learned of (callers bring the transaction). */
@ApplicationScoped
public class ClosedScans {

    /** The scan, when its completion has arrived; empty for a scan that is unknown or not closed yet. */
    public Optional<ScanFacts> find(UUID scanId) {
        if (scanId == null) {
            return Optional.empty();
        }
        ClosedScan s = ClosedScan.findById(scanId);
        if (s == null) {
            return Optional.empty();
        }
        var dimensions = ClosedScanDimension.<ClosedScanDimension>list("scanId = ?1 order by position, id", scanId).stream()
                .map(d -> new ScanFacts.Dimension(d.dimensionKey, d.name, d.mean, d.n)).toList();
        return Optional.of(new ScanFacts(s.scanId, s.organisationId, s.unitLabel, s.instrumentKey, s.closedAt, s.suppressed,
                s.suppressed ? java.util.List.of() : dimensions));
    }
}
