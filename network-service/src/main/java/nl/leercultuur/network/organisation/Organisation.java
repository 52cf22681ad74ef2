package nl.leercultuur.network.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    public String sector;
    public String region;
    public String sizeClass;
    public boolean active;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    @Version
    public long lockVersion;
}
