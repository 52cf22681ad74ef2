package nl.leercultuur.network.sessions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A participant's registration and presence for one session; keeps the organisation for counts after erasure. */
@Entity
@Table(name = "attendance")
public class Attendance extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "session_id") UUID sessionId, @Column(name = "participant_id") UUID participantId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Column(name = "session_id", insertable = false, updatable = false)
    public UUID sessionId;
    @Column(name = "participant_id", insertable = false, updatable = false)
    public UUID participantId;
    @Column(name = "organisation_id", nullable = false)
    public String organisationId;
    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;
    public String presence;
}
