package nl.leercultuur.survey.instrument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "instrument")
public class Instrument extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false, unique = true)
    public String key;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String description;
    /** What the instrument measures, in a sentence. */
    @Column(nullable = false)
    public String measures;
    /** For whom: e.g. employees and team leaders, students in placements. */
    @Column(nullable = false)
    public String audience;
    /** The model the instrument is structured after, with its reference. */
    @Column(name = "source_model", nullable = false)
    public String sourceModel;
    public boolean builtin;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static Optional<Instrument> byKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
