package nl.leercultuur.survey.response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** An anonymous response: no IP, user agent, identity or invitation link; only the scan, the day and the language. */
@Entity
@Table(name = "response")
public class SurveyResponse extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "scan_id", nullable = false)
    public UUID scanId;
    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;
    @Column(nullable = false)
    public String language;
}
