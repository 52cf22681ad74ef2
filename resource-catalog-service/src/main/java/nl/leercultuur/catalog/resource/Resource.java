package nl.leercultuur.catalog.resource;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leercultuur.platform.lifecycle.Lifecycle;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** One catalogue entry. The search vectors are generated columns kept by PostgreSQL, not mapped here. */
@Entity
@Table(name = "resource")
public class Resource extends PanacheEntityBase {

    /**
     * Where an entry stands in curation: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, with IN_REVIEW → DRAFT (sent
     * back) and ARCHIVED → DRAFT (revived). Who may make a move: workflow's CurationRoles.
     */
    public enum Status implements Lifecycle<Status> {
        DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

        @Override
        public Set<Status> next() {
            return switch (this) {
                case DRAFT -> Set.of(IN_REVIEW);
                case IN_REVIEW -> Set.of(PUBLISHED, DRAFT);
                case PUBLISHED -> Set.of(ARCHIVED);
                case ARCHIVED -> Set.of(DRAFT);
            };
        }
    }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public String title;
    public String authors;
    public String organisation;
    public String publisher;
    public Integer year;
    @Column(nullable = false)
    public String language;
    public String url;
    @Column(name = "duration_minutes")
    public Integer durationMinutes;
    @Column(nullable = false)
    public String summary;
    @Column(nullable = false)
    public String[] themes;
    @Column(name = "dimension_keys", nullable = false)
    public String[] dimensionKeys;
    /** The concepts of the shared vocabulary this entry helps with (from its dimension keys unless a curator names them). */
    @Column(nullable = false)
    public String[] concepts = new String[0];
    @Column(nullable = false)
    public String[] audience;
    public String sector;
    public String category;
    @Column(name = "success_factors")
    public String successFactors;
    public String source;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "archived_by")
    public String archivedBy;
    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;
    /** The member (token subject) who shared this practice into curation; null for entries curators drafted. */
    @Column(name = "shared_by")
    public String sharedBy;
    /** The registry organisation (network-service) whose practice a member shared. */
    @Column(name = "organisation_id")
    public String organisationId;
    /** Whom to ask about a shared practice: a role ("praktijkopleider"), never a person's address. */
    @Column(name = "contact_role")
    public String contactRole;
    @Column(name = "what_made_it_work")
    public String[] whatMadeItWork;
    public String[] preconditions;
    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;
}
