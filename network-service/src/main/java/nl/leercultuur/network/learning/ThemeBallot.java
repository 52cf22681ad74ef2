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

/** One participant's vote for one theme of a theme vote. */
@Entity
@Table(name = "theme_ballot")
@IdClass(ThemeBallot.Key.class)
public class ThemeBallot extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID optionId;
        public UUID participantId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(optionId, k.optionId) && Objects.equals(participantId, k.participantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(optionId, participantId);
        }
    }

    @Id
    @Column(name = "option_id")
    public UUID optionId;
    @Id
    @Column(name = "participant_id")
    public UUID participantId;
}
