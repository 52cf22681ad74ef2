package nl.leercultuur.survey.invitation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A one-time code; only its hash is stored, so a database leak reveals no usable code. */
@Entity
@Table(name = "invitation")
public class Invitation extends PanacheEntityBase {
    public static final String ISSUED = "ISSUED";
    public static final String USED = "USED";
    public static final String REVOKED = "REVOKED";

    @Id
    public UUID id;
    @Column(name = "scan_id", nullable = false)
    public UUID scanId;
    @Column(name = "code_hash", nullable = false, unique = true)
    public String codeHash;
    @Column(nullable = false)
    public String status;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "used_at")
    public OffsetDateTime usedAt;
    /** Save-and-continue: answers so far (JSON), cleared when the response is submitted. */
    @Column(name = "draft_answers", columnDefinition = "jsonb")
    @org.hibernate.annotations.ColumnTransformer(write = "?::jsonb")
    public String draftAnswers;
    @Column(name = "draft_saved_at")
    public OffsetDateTime draftSavedAt;
}
