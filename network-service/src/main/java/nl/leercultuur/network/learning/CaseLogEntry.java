package nl.leercultuur.network.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.SourceType;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A dated line in a case's log: a phase move or progress on the experiment. */
@Entity
@Table(name = "case_log")
public class CaseLogEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    /** The database's time of the transaction, as the column default gave it. */
    @CreationTimestamp(source = SourceType.DB)
    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;
    @Column(nullable = false)
    public String actor;
    @Column(nullable = false)
    public String kind;
    @Column(name = "from_phase")
    public String fromPhase;
    @Column(name = "to_phase")
    public String toPhase;
    public String note;
}
