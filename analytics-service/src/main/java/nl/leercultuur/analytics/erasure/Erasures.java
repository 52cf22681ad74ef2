package nl.leercultuur.analytics.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import nl.leercultuur.platform.sql.SqlValues;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Erasing an organisation from analytics on request (GDPR art. 17 for a member that leaves, or on its own request):
 * its scan profiles with their dimension scores, its follow-up plans and its attendance figures are deleted, and the organisation is
 * recorded as erased so that neither a late event nor a replay brings the data back. Surveys keep their own data
 * under their own retention.
 */
@ApplicationScoped
public class Erasures {

    public record Erasure(String organisationId, OffsetDateTime erasedAt, String erasedBy, String reason) {
    }

    public record Erased(Erasure erasure, int scanProfiles, int attendanceRows, int actionPlans) {
    }

    private final EntityManager em;

    Erasures(EntityManager em) {
        this.em = em;
    }

    /** Whether events about this organisation are to be ignored (called inside the consumer's transaction). */
    public boolean isErased(String organisationId) {
        return !em.createNativeQuery("SELECT 1 FROM erased_organisation WHERE organisation_id = ?1")
                .setParameter(1, organisationId).getResultList().isEmpty();
    }

    /** Records the erasure (once; a repeat removes whatever arrived in between) and deletes the data. */
    @Transactional
    public Erased erase(String organisationId, String by, String reason) {
        em.createNativeQuery("INSERT INTO erased_organisation (organisation_id, erased_by, reason) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (organisation_id) DO NOTHING")
                .setParameter(1, organisationId).setParameter(2, by).setParameter(3, reason).executeUpdate();
        int profiles = em.createNativeQuery("DELETE FROM scan_profile WHERE organisation_id = ?1") // scores cascade
                .setParameter(1, organisationId).executeUpdate();
        int attendance = em.createNativeQuery("DELETE FROM session_attendance WHERE organisation_id = ?1")
                .setParameter(1, organisationId).executeUpdate();
        int plans = em.createNativeQuery("DELETE FROM action_plan WHERE organisation_id = ?1") // dimensions cascade
                .setParameter(1, organisationId).executeUpdate();
        em.createNativeQuery("DELETE FROM partner_grant WHERE organisation_id = ?1").setParameter(1, organisationId).executeUpdate();
        return new Erased(find(organisationId), profiles, attendance, plans);
    }

    public List<Erasure> list() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT organisation_id, erased_at, erased_by, reason FROM erased_organisation "
                + "ORDER BY erased_at DESC", Tuple.class).getResultList();
        return rows.stream().map(Erasures::erasure).toList();
    }

    private Erasure find(String organisationId) {
        Tuple t = (Tuple) em.createNativeQuery("SELECT organisation_id, erased_at, erased_by, reason FROM erased_organisation "
                + "WHERE organisation_id = ?1", Tuple.class).setParameter(1, organisationId).getSingleResult();
        return erasure(t);
    }

    private static Erasure erasure(Tuple t) {
        return new Erasure(t.get("organisation_id", String.class), SqlValues.offsetDateTime(t.get("erased_at")),
                t.get("erased_by", String.class), t.get("reason", String.class));
    }
}
