package nl.leercultuur.analytics.participation;

import nl.leercultuur.platform.audit.AuditLog;
import nl.leercultuur.platform.sql.SqlValues;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    @Transactional
    public NetworkParticipation network(UUID networkId) {
        List<Object[]> rows = rows("h.network_id = ?1", networkId);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("held sessions of network", networkId);
        }
        Map<UUID, SessionParticipation> sessions = new LinkedHashMap<>();
        Map<String, int[]> perOrg = new LinkedHashMap<>();
        int[] all = new int[4];
        Map<UUID, int[]> perSession = new LinkedHashMap<>();
        Map<UUID, Map<String, Counts>> orgsPerSession = new LinkedHashMap<>();
        String name = (String) rows.get(0)[1];
        for (Object[] r : rows) {
            UUID session = (UUID) r[2];
            String org = (String) r[8];
            int[] c = counts(r);
            perSession.computeIfAbsent(session, k -> new int[4]);
            orgsPerSession.computeIfAbsent(session, k -> new LinkedHashMap<>());
            if (org != null) {
                add(perSession.get(session), c);
                add(perOrg.computeIfAbsent(org, k -> new int[4]), c);
                add(all, c);
                orgsPerSession.get(session).put(org, Counts.of(c[0], c[1], c[2], c[3]));
            }
            sessions.putIfAbsent(session, new SessionParticipation(session, ((Number) r[3]).intValue(), (String) r[4],
                    (String) r[5], (String) r[6], SqlValues.offsetDateTime(r[7]), null, null));
        }
        List<SessionParticipation> out = new ArrayList<>();
        sessions.forEach((id, s) -> {
            int[] c = perSession.get(id);
            out.add(new SessionParticipation(id, s.number(), s.title(), s.theme(), s.phase(), s.startsAt(),
                    Counts.of(c[0], c[1], c[2], c[3]), orgsPerSession.get(id)));
        });
        Map<String, Counts> orgs = new LinkedHashMap<>();
        perOrg.forEach((org, c) -> orgs.put(org, Counts.of(c[0], c[1], c[2], c[3])));
        Double first = out.get(0).total().attendanceRate();
        Double latest = out.get(out.size() - 1).total().attendanceRate();
        Double change = first == null || latest == null || out.size() < 2 ? null : Math.round(1000.0 * (latest - first)) / 1000.0;
        return new NetworkParticipation(networkId, name, out, Counts.of(all[0], all[1], all[2], all[3]), orgs, first, latest, change);
    }

    @Transactional
    public OrganisationParticipation organisation(String organisationId) {
        caller.requireReadOf(organisationId);
        audit.read(organisationId);
        List<Object[]> rows = rows("a.organisation_id = ?1", organisationId);
        int[] all = new int[4];
        List<OrganisationSession> sessions = new ArrayList<>();
        for (Object[] r : rows) {
            int[] c = counts(r);
            add(all, c);
            sessions.add(new OrganisationSession((UUID) r[0], (String) r[1], (UUID) r[2], ((Number) r[3]).intValue(), (String) r[4],
                    SqlValues.offsetDateTime(r[7]), Counts.of(c[0], c[1], c[2], c[3])));
        }
        return new OrganisationParticipation(organisationId, sessions, Counts.of(all[0], all[1], all[2], all[3]));
    }

    private List<Object[]> rows(String where, Object param) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT h.network_id, h.network_name, h.session_id, h.session_number, h.session_title, "
                + "h.session_theme, h.phase, h.starts_at, a.organisation_id, a.registered, a.present, a.absent, a.excused "
                + "FROM held_session h LEFT JOIN session_attendance a ON a.session_id = h.session_id WHERE " + where
                + " ORDER BY h.network_name, h.session_number, a.organisation_id").setParameter(1, param).getResultList();
        return rows;
    }

    private static int[] counts(Object[] r) {
        return r[8] == null ? new int[4] : new int[]{((Number) r[9]).intValue(), ((Number) r[10]).intValue(),
                ((Number) r[11]).intValue(), ((Number) r[12]).intValue()};
    }

    private static void add(int[] into, int[] c) {
        for (int i = 0; i < 4; i++) {
            into[i] += c[i];
        }
    }

}
