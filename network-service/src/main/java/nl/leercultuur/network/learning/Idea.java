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

/** An idea brought up in a session, by a participant (or a facilitator: no author). */
@Entity
@Table(name = "idea")
public class Idea extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "session_id", nullable = false)
    public UUID sessionId;
    @Column(nullable = false)
    public String text;
    @Column(name = "author_id")
    public UUID authorId;
    @Column(nullable = false)
    public String[] tags;
    @CreationTimestamp(source = SourceType.DB)
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
