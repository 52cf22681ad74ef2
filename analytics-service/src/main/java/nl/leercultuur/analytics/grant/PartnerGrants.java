package nl.leercultuur.analytics.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.platform.audit.AuditLog;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.PartnerAccess;
import nl.leercultuur.platform.sql.SqlValues;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's grants to partners to read its own results (profiles, trends, benchmarks, participation): made
 * and revoked by its manager or an admin, each with an end date, each listed in the organisation's audit log.
 * Without a grant a partner sees only region and sector aggregates.
 */
@ApplicationScoped
public class PartnerGrants implements PartnerAccess {

    /** The longest a grant may run; a longer collaboration renews it. */
    static final int MAX_YEARS = 3;

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Grant(UUID id, String organisationId, String partnerSubject, String partnerName, String grantedBy,
                        OffsetDateTime grantedAt, OffsetDateTime validUntil, String revokedBy, OffsetDateTime revokedAt,
                        Status status) {
    }

    private static final String COLUMNS = "id, organisation_id, partner_subject, partner_name, granted_by, granted_at, "
            + "valid_until, revoked_by, revoked_at";

    private final EntityManager em;
    private final Caller caller;
    private final AuditLog audit;

    PartnerGrants(EntityManager em, Caller caller, AuditLog audit) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
    }

    @Override
    @Transactional
    public boolean granted(String organisationId, String partnerSubject) {
        return !em.createNativeQuery("SELECT 1 FROM partner_grant WHERE organisation_id = ?1 AND partner_subject = ?2 "
                        + "AND revoked_at IS NULL AND valid_until > now()")
                .setParameter(1, organisationId).setParameter(2, partnerSubject).getResultList().isEmpty();
    }

    @Transactional
    public Grant grant(String organisationId, String partnerSubject, String partnerName, OffsetDateTime validUntil) {
        caller.requireActFor(organisationId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!validUntil.isAfter(now)) {
            throw ProblemException.invalid("validUntil", "must lie in the future");
        }
        if (validUntil.isAfter(now.plusYears(MAX_YEARS))) {
            throw ProblemException.invalid("validUntil", "may lie at most " + MAX_YEARS + " years ahead; renew a longer collaboration");
        }
        // an expired grant no longer counts as open: close it so the new one can take its place
        em.createNativeQuery("UPDATE partner_grant SET revoked_at = valid_until, revoked_by = 'expired' "
                        + "WHERE organisation_id = ?1 AND partner_subject = ?2 AND revoked_at IS NULL AND valid_until <= now()")
                .setParameter(1, organisationId).setParameter(2, partnerSubject).executeUpdate();
        List<?> open = em.createNativeQuery("SELECT id FROM partner_grant WHERE organisation_id = ?1 AND partner_subject = ?2 "
                + "AND revoked_at IS NULL").setParameter(1, organisationId).setParameter(2, partnerSubject).getResultList();
        if (!open.isEmpty()) {
            throw ProblemException.conflict("grant-exists", "partner " + partnerSubject + " already holds grant " + open.get(0)
                    + " of this organisation; revoke it first to change its end date");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO partner_grant (id, organisation_id, partner_subject, partner_name, granted_by, valid_until) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, id).setParameter(2, organisationId).setParameter(3, partnerSubject)
                .setParameter(4, partnerName).setParameter(5, caller.subject()).setParameter(6, validUntil).executeUpdate();
        audit.record(organisationId, "grant", "partner-grant " + id + " to " + partnerSubject + " until " + validUntil);
        return find(organisationId, id);
    }

    /** Revokes a grant; revoking it again changes nothing. */
    @Transactional
    public Grant revoke(String organisationId, UUID grantId) {
        caller.requireActFor(organisationId);
        Grant g = find(organisationId, grantId);
        if (g.revokedAt() != null) {
            return g;
        }
        em.createNativeQuery("UPDATE partner_grant SET revoked_at = now(), revoked_by = ?2 WHERE id = ?1 AND revoked_at IS NULL")
                .setParameter(1, grantId).setParameter(2, caller.subject()).executeUpdate();
        audit.record(organisationId, "revoke", "partner-grant " + grantId + " to " + g.partnerSubject());
        return find(organisationId, grantId);
    }

    @Transactional
    public Page<Grant> list(String organisationId, int page, int size) {
        caller.requireActFor(organisationId);
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM partner_grant WHERE organisation_id = ?1")
                .setParameter(1, organisationId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM partner_grant WHERE organisation_id = ?1 "
                        + "ORDER BY granted_at DESC, id", Tuple.class).setParameter(1, organisationId)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(rows.stream().map(PartnerGrants::grant).toList(), page, size, total);
    }

    /** The grants the calling partner holds now: the organisations whose results it may read. */
    @Transactional
    public List<Grant> mine() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM partner_grant WHERE partner_subject = ?1 "
                + "AND revoked_at IS NULL AND valid_until > now() ORDER BY organisation_id", Tuple.class)
                .setParameter(1, caller.subject()).getResultList();
        return rows.stream().map(PartnerGrants::grant).toList();
    }

    private Grant find(String organisationId, UUID id) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM partner_grant WHERE id = ?1 AND organisation_id = ?2", Tuple.class)
                .setParameter(1, id).setParameter(2, organisationId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("partner grant", id);
        }
        return grant(rows.get(0));
    }

    static Status status(OffsetDateTime validUntil, OffsetDateTime revokedAt, OffsetDateTime now) {
        return revokedAt != null ? Status.REVOKED : validUntil.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
    }

    private static Grant grant(Tuple t) {
        OffsetDateTime until = SqlValues.offsetDateTime(t.get("valid_until"));
        OffsetDateTime revokedAt = SqlValues.offsetDateTime(t.get("revoked_at"));
        return new Grant(t.get("id", UUID.class), t.get("organisation_id", String.class), t.get("partner_subject", String.class),
                t.get("partner_name", String.class), t.get("granted_by", String.class), SqlValues.offsetDateTime(t.get("granted_at")),
                until, t.get("revoked_by", String.class), revokedAt, status(until, revokedAt, OffsetDateTime.now()));
    }
}
