package nl.leercultuur.network.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.SourceType;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A reflection or a quote from a session; no author is kept. */
@Entity
@Table(name = "reflection")
public class SessionReflection extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "session_id", nullable = false)
    public UUID sessionId;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public String text;
    @CreationTimestamp(source = SourceType.DB)
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
