package nl.leercultuur.network.scans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** One dimension of a closed scan: its mean and n when disclosed, only key and name when withheld. */
@Entity
@Table(name = "closed_scan_dimension")
public class ClosedScanDimension extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "scan_id", nullable = false)
    public UUID scanId;
    /** The dimension's place in the instrument, as the event listed them. */
    @Column(nullable = false)
    public int position;
    @Column(name = "dimension_key", nullable = false)
    public String dimensionKey;
    @Column(nullable = false)
    public String name;
    public BigDecimal mean;
    public Integer n;
}
