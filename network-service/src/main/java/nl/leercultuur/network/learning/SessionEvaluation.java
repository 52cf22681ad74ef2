package nl.leercultuur.network.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.SourceType;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One participant's evaluation of a held session (rating 1–10 and a comment); one each, replaced when sent again. */
@Entity
@Table(name = "evaluation")
@IdClass(SessionEvaluation.Key.class)
public class SessionEvaluation extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID sessionId;
        public UUID participantId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(participantId, k.participantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, participantId);
        }
    }

    @Id
    @Column(name = "session_id")
    public UUID sessionId;
    @Id
    @Column(name = "participant_id")
    public UUID participantId;
    @Column(nullable = false)
    public int rating;
    public String comment;
    @CreationTimestamp(source = SourceType.DB)
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
