package nl.leercultuur.network.scans;

import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.contracts.events.ScanCompleted;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.MalformedEventException;
import nl.leercultuur.platform.inbox.EventHandler;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps a small read model of closed scans from {@code survey.scan-completed.v1}, so that a case can take them as its
 * baseline and evaluation. Runs inside platform's consumer transaction with the event id (a duplicate changes
 * nothing); the data arrives checked against the event's schema. Stores only what the event discloses, and holds to
 * the anonymity threshold itself as well: a scan below it keeps no dimensions, a dimension with fewer respondents
 * than the threshold keeps no figures. A later event for the same scan replaces the earlier one; one for an earlier
 * close arriving late (a replay) is ignored.
 */
@ApplicationScoped
public class ScanCompletedHandler implements EventHandler<ScanCompleted> {

    private static final Logger LOG = Logger.getLogger(ScanCompletedHandler.class);

    @Override
    public String type() {
        return ScanCompleted.TYPE;
    }

    @Override
    public Class<ScanCompleted> dataType() {
        return ScanCompleted.class;
    }

    @Override
    public void handle(CloudEvent event, ScanCompleted d) {
        UUID scanId = uuid(d.scanId());
        ClosedScan s = ClosedScan.findById(scanId);
        if (s != null && s.closedAt.isAfter(d.closedAt())) {
            LOG.debugf("scan %s: kept the completion of %s over the earlier one of %s", scanId, s.closedAt, d.closedAt());
            return;
        }
        boolean fresh = s == null;
        if (fresh) {
            s = new ClosedScan();
            s.scanId = scanId;
        } else {
            ClosedScanDimension.delete("scanId", scanId);
        }
        int threshold = d.anonymityThreshold();
        s.eventId = event.id();
        s.organisationId = d.organisationId();
        s.unitLabel = d.unitLabel();
        s.instrumentKey = d.instrument().key();
        s.closedAt = d.closedAt();
        s.suppressed = d.belowThreshold();
        s.receivedAt = OffsetDateTime.now();
        if (fresh) {
            s.persistAndFlush(); // its row before its dimensions' rows, which refer to it
        }
        if (s.suppressed || d.dimensions() == null) {
            return;
        }
        Map<String, ScanCompleted.Dimension> byKey = new LinkedHashMap<>();
        d.dimensions().stream().filter(x -> x.key() != null).forEach(x -> byKey.putIfAbsent(x.key(), x));
        int position = 0;
        for (ScanCompleted.Dimension x : byKey.values()) {
            ClosedScanDimension dim = new ClosedScanDimension();
            dim.scanId = scanId;
            dim.position = position++;
            dim.dimensionKey = x.key();
            dim.name = Objects.requireNonNullElse(x.name(), x.key());
            if (x.disclosedAt(threshold)) {
                dim.mean = x.mean();
                dim.n = x.n();
            }
            dim.persist();
        }
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("field scanId is not a UUID");
        }
    }
}
