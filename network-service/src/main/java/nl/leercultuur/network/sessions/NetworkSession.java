package nl.leercultuur.network.sessions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leercultuur.platform.lifecycle.Lifecycle;
import nl.leercultuur.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/** A meeting of a network; times are instants, entered and shown in Europe/Amsterdam. */
@Entity
@Table(name = "network_session")
public class NetworkSession extends PanacheEntityBase {

    /** The zone sessions are planned and shown in. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** A scheduled session is held or cancelled; either is final. */
    public enum Status implements Lifecycle<Status> {
        SCHEDULED, HELD, CANCELLED;

        @Override
        public Set<Status> next() {
            return switch (this) {
                case SCHEDULED -> Set.of(HELD, CANCELLED);
                case HELD, CANCELLED -> Set.of();
            };
        }
    }

    @Id
    public UUID id;
    @Column(name = "network_id", nullable = false)
    public UUID networkId;
    @Column(nullable = false)
    public int number;
    @Column(nullable = false)
    public String title;
    public String theme;
    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;
    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;
    public String place;
    @Column(name = "online_url")
    public String onlineUrl;
    public String speakers;
    @Column(name = "phase_focus")
    public String phaseFocus;
    public String agenda;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "held_at")
    public OffsetDateTime heldAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    /** A session of the network; 404 otherwise. */
    public static NetworkSession of(UUID networkId, UUID sessionId) {
        return inNetwork(NetworkSession.findById(sessionId), networkId, sessionId);
    }

    static NetworkSession inNetwork(NetworkSession s, UUID networkId, UUID sessionId) {
        if (s == null || !s.networkId.equals(networkId)) {
            throw ProblemException.notFound("session", sessionId);
        }
        return s;
    }

    /** What the lifecycle calls this session in a refusal. */
    String label() {
        return "session " + number;
    }
}
