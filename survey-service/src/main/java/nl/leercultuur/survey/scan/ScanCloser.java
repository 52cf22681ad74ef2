package nl.leercultuur.survey.scan;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;

/**
 * Closes scans whose close time has passed, so results and events do not wait for someone to press close. Runs on
 * every replica; {@link ScanService#closeDueAsSystem} lets one of them close at a time.
 */
@ApplicationScoped
public class ScanCloser {

    private static final Logger LOG = Logger.getLogger(ScanCloser.class);

    private final ScanService scans;

    ScanCloser(ScanService scans) {
        this.scans = scans;
    }

    /** The scheduled job's name (a test pauses it: it is one more replica taking the closer's lock). */
    static final String JOB = "scan-closer";

    @Scheduled(identity = JOB, every = "${leercultuur.survey.close-check:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = nl.leercultuur.platform.db.DatabaseStartup.NotMigrated.class)
    void closeDue() {
        try {
            int n = scans.closeDueAsSystem(OffsetDateTime.now());
            if (n > 0) {
                LOG.infof("closed %d scan(s) whose close time had passed", n);
            }
        } catch (RuntimeException e) {
            LOG.warnf("closing due scans failed, will retry: %s", e.toString());
        }
    }
}
