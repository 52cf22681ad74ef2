package nl.leercultuur.network.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.leercultuur.platform.problem.ProblemException;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.SourceType;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A vote on the themes of coming sessions: open for ballots until a facilitator closes it. */
@Entity
@Table(name = "theme_vote")
public class ThemeVote extends PanacheEntityBase {

    public enum Status { OPEN, CLOSED }

    @Id
    public UUID id;
    @Column(name = "network_id", nullable = false)
    public UUID networkId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "votes_per_participant", nullable = false)
    public int votesPerParticipant;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @CreationTimestamp(source = SourceType.DB)
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** The network's theme vote; 404 otherwise. */
    static ThemeVote of(UUID networkId, UUID voteId) {
        ThemeVote v = ThemeVote.find("id = ?1 and networkId = ?2", voteId, networkId).firstResult();
        if (v == null) {
            throw ProblemException.notFound("theme vote", voteId);
        }
        return v;
    }
}
