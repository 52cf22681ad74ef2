package nl.leercultuur.network.network;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting of a network; times are instants, entered and shown in Europe/Amsterdam. */
@Entity
@Table(name = "network_session")
public class NetworkSession extends PanacheEntityBase {

    public enum Status { SCHEDULED, HELD, CANCELLED }

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
}
