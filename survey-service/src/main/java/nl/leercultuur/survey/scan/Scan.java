package nl.leercultuur.survey.scan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leercultuur.survey.instrument.InstrumentVersion;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "scan")
public class Scan extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    public InstrumentVersion instrumentVersion;
    @Column(name = "organisation_id", nullable = false)
    public String organisationId;
    @Column(name = "organisation_name", nullable = false)
    public String organisationName;
    @Column(nullable = false)
    public String sector;
    @Column(nullable = false)
    public String region;
    @Column(name = "unit_label")
    public String unitLabel;
    @Column(nullable = false)
    public String title;
    @Column(name = "opens_at", nullable = false)
    public OffsetDateTime opensAt;
    @Column(name = "closes_at", nullable = false)
    public OffsetDateTime closesAt;
    @Column(name = "anonymity_threshold", nullable = false)
    public int anonymityThreshold;
    @Column(name = "expected_population")
    public Integer expectedPopulation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScanStatus status;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "response_count", nullable = false)
    public int responseCount;
    @Column(name = "overall_index")
    public BigDecimal overallIndex;
    @Version
    @Column(name = "lock_version")
    public long lockVersion;
}
