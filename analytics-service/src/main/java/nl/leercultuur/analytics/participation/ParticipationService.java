package nl.leercultuur.analytics.participation;

import nl.leercultuur.platform.audit.AuditLog;
import nl.leercultuur.platform.sql.SqlValues;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Attendance per network, session and organisation, with the attendance rate: of the people expected (registered,
 * or recorded present/absent/excused, whichever is more) the share that was present. The trend compares the rate
 * of the first and the latest held session.
 */
@ApplicationScoped
public class ParticipationService {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Counts(int registered, int present, int absent, int excused, Double attendanceRate) {
        static Counts of(int registered, int present, int absent, int excused) {
            int expected = Math.max(registered, present + absent + excused);
            return new Counts(registered, present, absent, excused,
                    expected == 0 ? null : Math.round(1000.0 * present / expected) / 1000.0);
        }
    }

    public record SessionParticipation(UUID sessionId, int number, String title, String theme, String phase,
                                       OffsetDateTime startsAt, Counts total, Map<String, Counts> organisations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NetworkParticipation(UUID networkId, String networkName, List<SessionParticipation> sessions, Counts total,
                                       Map<String, Counts> organisations, Double firstRate, Double latestRate, Double rateChange) {
    }

    public record OrganisationSession(UUID networkId, String networkName, UUID sessionId, int number, String title,
                                      OffsetDateTime startsAt, Counts counts) {
    }

    public record OrganisationParticipation(String organisationId, List<OrganisationSession> sessions, Counts total) {
    }

    /** One organisation's attendance over the sessions held in a period: how many it was counted for, at how many present. */
    public record OrganisationAttendance(String organisationId, int sessions, int sessionsAttended, Double attendanceRate) {
    }

    /**
     * Attendance over the sessions held in a period: the organisations taking part (counted for at least one session),
     * the sessions, the overall attendance rate, and per organisation.
     */
    public record RegionalAttendance(int organisations, int sessions, Counts total, List<OrganisationAttendance> byOrganisation) {
    }

    /** One held session with one organisation's attendance (organisation null: a session nobody was counted for). */
    private record Row(UUID networkId, String networkName, UUID sessionId, int sessionNumber, String sessionTitle,
                       String sessionTheme, String phase, OffsetDateTime startsAt, String organisationId, int registered,
                       int present, int absent, int excused) {
    }

    /** Attendance added up over rows. */
    private static final class Tally {
        int registered;
        int present;
        int absent;
        int excused;

        Tally add(Row r) {
            registered += r.registered();
            present += r.present();
            absent += r.absent();
            excused += r.excused();
            return this;
        }

        Counts counts() {
            return Counts.of(registered, present, absent, excused);
        }
    }

    private final EntityManager em;
    private final Caller caller;
    private final AuditLog audit;

    ParticipationService(EntityManager em, Caller caller, AuditLog audit) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public NetworkParticipation network(UUID networkId) {
        List<Row> rows = rows("h.network_id = ?1", networkId);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("held sessions of network", networkId);
        }
        Map<UUID, SessionParticipation> sessions = new LinkedHashMap<>();
        Map<String, Tally> perOrg = new LinkedHashMap<>();
        Tally all = new Tally();
        Map<UUID, Tally> perSession = new LinkedHashMap<>();
        Map<UUID, Map<String, Counts>> orgsPerSession = new LinkedHashMap<>();
        String name = rows.get(0).networkName();
        for (Row r : rows) {
            UUID session = r.sessionId();
            String org = r.organisationId();
            perSession.computeIfAbsent(session, k -> new Tally());
            orgsPerSession.computeIfAbsent(session, k -> new LinkedHashMap<>());
            if (org != null) {
                perSession.get(session).add(r);
                perOrg.computeIfAbsent(org, k -> new Tally()).add(r);
                all.add(r);
                orgsPerSession.get(session).put(org, new Tally().add(r).counts());
            }
            sessions.putIfAbsent(session, new SessionParticipation(session, r.sessionNumber(), r.sessionTitle(),
                    r.sessionTheme(), r.phase(), r.startsAt(), null, null));
        }
        List<SessionParticipation> out = new ArrayList<>();
        sessions.forEach((id, s) -> out.add(new SessionParticipation(id, s.number(), s.title(), s.theme(), s.phase(), s.startsAt(),
                perSession.get(id).counts(), orgsPerSession.get(id))));
        Map<String, Counts> orgs = new LinkedHashMap<>();
        perOrg.forEach((org, c) -> orgs.put(org, c.counts()));
        Double first = out.get(0).total().attendanceRate();
        Double latest = out.get(out.size() - 1).total().attendanceRate();
        Double change = first == null || latest == null || out.size() < 2 ? null : Math.round(1000.0 * (latest - first)) / 1000.0;
        return new NetworkParticipation(networkId, name, out, all.counts(), orgs, first, latest, change);
    }

    @Transactional
    public OrganisationParticipation organisation(String organisationId) {
        caller.requireReadOf(organisationId);
        audit.read(organisationId);
        List<Row> rows = rows("a.organisation_id = ?1", organisationId);
        Tally all = new Tally();
        List<OrganisationSession> sessions = new ArrayList<>();
        for (Row r : rows) {
            all.add(r);
            sessions.add(new OrganisationSession(r.networkId(), r.networkName(), r.sessionId(), r.sessionNumber(), r.sessionTitle(),
                    r.startsAt(), new Tally().add(r).counts()));
        }
        return new OrganisationParticipation(organisationId, sessions, all.counts());
    }

    /**
     * Attendance of the sessions that started at or after {@code from} and before {@code before} (null: open), of the
     * given organisations (null: every organisation counted).
     */
    @Transactional
    public RegionalAttendance regional(java.util.Set<String> organisations, OffsetDateTime from, OffsetDateTime before) {
        List<String> where = new ArrayList<>(List.of("a.organisation_id IS NOT NULL"));
        List<Object> params = new ArrayList<>();
        if (from != null) {
            params.add(from);
            where.add("h.starts_at >= ?" + params.size());
        }
        if (before != null) {
            params.add(before);
            where.add("h.starts_at < ?" + params.size());
        }
        Map<String, Tally> perOrg = new java.util.TreeMap<>();
        Map<String, Integer> sessionsOf = new java.util.HashMap<>();
        Map<String, Integer> attendedOf = new java.util.HashMap<>();
        java.util.Set<UUID> sessions = new java.util.HashSet<>();
        Tally all = new Tally();
        for (Row r : rows(String.join(" AND ", where), params.toArray())) {
            if (organisations != null && !organisations.contains(r.organisationId())) {
                continue;
            }
            sessions.add(r.sessionId());
            all.add(r);
            perOrg.computeIfAbsent(r.organisationId(), k -> new Tally()).add(r);
            sessionsOf.merge(r.organisationId(), 1, Integer::sum);
            attendedOf.merge(r.organisationId(), r.present() > 0 ? 1 : 0, Integer::sum);
        }
        List<OrganisationAttendance> byOrganisation = new ArrayList<>();
        perOrg.forEach((org, t) -> byOrganisation.add(new OrganisationAttendance(org, sessionsOf.get(org), attendedOf.get(org),
                t.counts().attendanceRate())));
        return new RegionalAttendance(perOrg.size(), sessions.size(), all.counts(), byOrganisation);
    }

    private List<Row> rows(String where, Object... params) {
        jakarta.persistence.Query q = em.createNativeQuery("SELECT h.network_id, h.network_name, h.session_id, h.session_number, h.session_title, "
                + "h.session_theme, h.phase, h.starts_at, a.organisation_id, a.registered, a.present, a.absent, a.excused "
                + "FROM held_session h LEFT JOIN session_attendance a ON a.session_id = h.session_id WHERE " + where
                + " ORDER BY h.network_name, h.session_number, a.organisation_id", Tuple.class);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        return rows.stream().map(ParticipationService::row).toList();
    }

    private static Row row(Tuple t) {
        String org = t.get("organisation_id", String.class);
        return new Row(t.get("network_id", UUID.class), t.get("network_name", String.class), t.get("session_id", UUID.class),
                ((Number) t.get("session_number")).intValue(), t.get("session_title", String.class),
                t.get("session_theme", String.class), t.get("phase", String.class), SqlValues.offsetDateTime(t.get("starts_at")),
                org, count(t, "registered"), count(t, "present"), count(t, "absent"), count(t, "excused"));
    }

    /** A count of the organisation's attendance; 0 on a session's row without any organisation. */
    private static int count(Tuple t, String column) {
        Object n = t.get(column);
        return n == null ? 0 : ((Number) n).intValue();
    }
}
