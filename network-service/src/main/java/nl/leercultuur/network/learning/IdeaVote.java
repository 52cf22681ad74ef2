package nl.leercultuur.network.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One participant's vote for an idea; at most one each. */
@Entity
@Table(name = "idea_vote")
@IdClass(IdeaVote.Key.class)
public class IdeaVote extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID ideaId;
        public UUID participantId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(ideaId, k.ideaId) && Objects.equals(participantId, k.participantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ideaId, participantId);
        }
    }

    @Id
    @Column(name = "idea_id")
    public UUID ideaId;
    @Id
    @Column(name = "participant_id")
    public UUID participantId;
}
