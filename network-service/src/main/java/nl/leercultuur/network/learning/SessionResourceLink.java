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

/** A catalogue entry (by its id in resource-catalog-service) linked to a session. */
@Entity
@Table(name = "session_resource")
@IdClass(SessionResourceLink.Key.class)
public class SessionResourceLink extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID sessionId;
        public UUID resourceId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(resourceId, k.resourceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, resourceId);
        }
    }

    @Id
    @Column(name = "session_id")
    public UUID sessionId;
    @Id
    @Column(name = "resource_id")
    public UUID resourceId;
}
