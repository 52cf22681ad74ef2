package nl.leercultuur.survey.instrument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leercultuur.platform.lifecycle.Lifecycle;
import org.hibernate.annotations.ColumnTransformer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "instrument_version")
public class InstrumentVersion extends PanacheEntityBase {

    /** The version lifecycle: a draft is published once, a published version may be retired; nothing else. */
    public enum Status implements Lifecycle<Status> {
        DRAFT, PUBLISHED, RETIRED;

        @Override
        public Set<Status> next() {
            return switch (this) {
                case DRAFT -> Set.of(PUBLISHED);
                case PUBLISHED -> Set.of(RETIRED);
                case RETIRED -> Set.of();
            };
        }
    }

    @Id
    public UUID id;
    @ManyToOne(optional = false)
    public Instrument instrument;
    @Column(nullable = false)
    public int version;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    /** The {@link InstrumentDefinition} as JSON; immutable once published. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String definition;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Version
    @Column(name = "lock_version")
    public long lockVersion;

    public static List<InstrumentVersion> of(Instrument i) {
        return list("instrument = ?1 order by version", i);
    }

    public static Optional<InstrumentVersion> latestPublished(Instrument i) {
        return find("instrument = ?1 and status = ?2 order by version desc", i, Status.PUBLISHED).firstResultOptional();
    }

    public static Optional<InstrumentVersion> of(Instrument i, int version) {
        return find("instrument = ?1 and version = ?2", i, version).firstResultOptional();
    }
}
