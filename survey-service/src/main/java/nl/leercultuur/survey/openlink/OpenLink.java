package nl.leercultuur.survey.openlink;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A link anyone may use to answer a scan; only the hash of its token is stored. */
@Entity
@Table(name = "open_link")
public class OpenLink extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "scan_id", nullable = false)
    public UUID scanId;
    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;
    @Column(name = "per_minute", nullable = false)
    public int perMinute;
    public boolean active;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    public int responses;
}
