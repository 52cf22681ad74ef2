package nl.leercultuur.network.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leercultuur.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The case a participant brings to the network: question, "how might we", phase and experiment canvas. */
@Entity
@Table(name = "participant_case")
public class ParticipantCase extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "network_id", nullable = false)
    public UUID networkId;
    @Column(name = "participant_id", nullable = false, unique = true)
    public UUID participantId;
    @Column(nullable = false)
    public String question;
    @Column(name = "how_might_we")
    public String howMightWe;
    @Column(nullable = false)
    public String phase;
    public String hypothesis;
    public String action;
    public String measure;
    public String result;
    /** A closed scan of the participant's organisation the case starts from (CaseMeasurements). */
    @Column(name = "baseline_scan_id")
    public UUID baselineScanId;
    /** A later scan with the same instrument, compared with the baseline. */
    @Column(name = "evaluation_scan_id")
    public UUID evaluationScanId;
    /** The dimension keys the case is about; empty: every dimension both scans disclose. */
    @Column(name = "dimension_keys", nullable = false)
    public String[] dimensionKeys = new String[0];
    /** Set on every change, which also makes every change a new version. */
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    /** The participant's case in the network; 404 when they have none. */
    static ParticipantCase of(UUID networkId, UUID participantId) {
        ParticipantCase c = ParticipantCase.find("networkId = ?1 and participantId = ?2", networkId, participantId).firstResult();
        if (c == null) {
            throw ProblemException.notFound("case of participant", participantId);
        }
        return c;
    }
}
