package nl.leercultuur.network.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A theme proposed in a theme vote, at its position in the proposal. */
@Entity
@Table(name = "theme_option")
public class ThemeOption extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "vote_id", nullable = false)
    public UUID voteId;
    @Column(nullable = false)
    public String theme;
    @Column(nullable = false)
    public int position;
}
