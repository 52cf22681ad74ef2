package nl.leercultuur.survey.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One action a team chose after a scan: who (a name, not an account), by when, on which dimensions, with which catalogue entries. */
@Entity
@Table(name = "follow_up_action")
public class FollowUpAction extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    public FollowUpPlan plan;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String owner;
    @Column(name = "due_on")
    public LocalDate dueOn;
    /** Dimension keys of the scan's instrument version, a JSON array. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String dimensions;
    /** Catalogue entry ids, a JSON array. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String resources;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;
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

    /** The plan's actions, oldest first. */
    public static List<FollowUpAction> of(FollowUpPlan plan) {
        return list("plan = ?1 order by createdAt, id", plan);
    }
}
