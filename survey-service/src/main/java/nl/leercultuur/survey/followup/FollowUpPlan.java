package nl.leercultuur.survey.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leercultuur.survey.scan.Scan;
import org.hibernate.annotations.ColumnTransformer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The follow-up of one closed scan: what the team said about its results (strengths, short- and long-term
 * improvements, each a JSON array of {@code {text, dimensions}}), who besides the organisation's manager may read and
 * edit it (token subjects, a JSON array), and — in {@link FollowUpAction} — what it chose to do.
 */
@Entity
@Table(name = "follow_up_plan")
public class FollowUpPlan extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "scan_id", nullable = false, unique = true)
    public Scan scan;
    /** Null until the conversation is written down (actions may come first). */
    @Column(name = "conversation_held_on")
    public LocalDate conversationHeldOn;
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String strengths;
    @Column(name = "short_term", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String shortTerm;
    @Column(name = "long_term", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String longTerm;
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String editors;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    @Column(name = "lock_version")
    public long lockVersion;
}
