package nl.leercultuur.network.scans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A closed scan as survey-service announced it: whose, which unit and instrument, when it closed, whether suppressed. */
@Entity
@Table(name = "closed_scan")
public class ClosedScan extends PanacheEntityBase {

    @Id
    @Column(name = "scan_id")
    public UUID scanId;
    @Column(name = "event_id", nullable = false)
    public String eventId;
    @Column(name = "organisation_id", nullable = false)
    public String organisationId;
    @Column(name = "unit_label")
    public String unitLabel;
    @Column(name = "instrument_key", nullable = false)
    public String instrumentKey;
    @Column(name = "closed_at", nullable = false)
    public OffsetDateTime closedAt;
    @Column(nullable = false)
    public boolean suppressed;
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
