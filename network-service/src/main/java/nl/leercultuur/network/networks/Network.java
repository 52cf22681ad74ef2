package nl.leercultuur.network.networks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leercultuur.platform.lifecycle.Lifecycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "network")
public class Network extends PanacheEntityBase {

    /** PLANNED → RUNNING → COMPLETED; nothing else. */
    public enum Status implements Lifecycle<Status> {
        PLANNED, RUNNING, COMPLETED;

        @Override
        public Set<Status> next() {
            return switch (this) {
                case PLANNED -> Set.of(RUNNING);
                case RUNNING -> Set.of(COMPLETED);
                case COMPLETED -> Set.of();
            };
        }
    }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    public String theme;
    public String description;
    @Column(nullable = false)
    public String region;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(nullable = false)
    public String methodology;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(nullable = false)
    public String[] facilitators;
    @Column(name = "member_organisations", nullable = false)
    public String[] memberOrganisations;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    public boolean facilitatedBy(String subject) {
        return Arrays.asList(facilitators).contains(subject);
    }

    public boolean hasMember(String organisationId) {
        return Arrays.asList(memberOrganisations).contains(organisationId);
    }
}
