package nl.leercultuur.analytics.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.leercultuur.analytics.erasure.Erasures;
import nl.leercultuur.contracts.events.SessionHeld;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.inbox.EventHandler;

import java.util.UUID;

import static nl.leercultuur.analytics.ingest.ScanCompletedHandler.uuid;

/**
 * Stores a held session's attendance per organisation. Runs in the consumer's transaction with the event id; a
 * session's later "held" (a correction) replaces an earlier one, an older one arriving late is ignored. The data
 * arrives checked against the event's schema.
 */
@ApplicationScoped
public class SessionHeldHandler implements EventHandler<SessionHeld> {

    private final EntityManager em;
    private final Erasures erasures;

    SessionHeldHandler(EntityManager em, Erasures erasures) {
        this.em = em;
        this.erasures = erasures;
    }

    @Override
    public String type() {
        return SessionHeld.TYPE;
    }

    @Override
    public Class<SessionHeld> dataType() {
        return SessionHeld.class;
    }

    @Override
    public void handle(CloudEvent event, SessionHeld d) {
        UUID sessionId = uuid(d.sessionId(), "sessionId");
        UUID networkId = uuid(d.networkId(), "networkId");
        int updated = em.createNativeQuery("""
                INSERT INTO held_session (session_id, event_id, network_id, network_name, network_theme, session_number,
                                          session_title, session_theme, phase, starts_at, held_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                ON CONFLICT (session_id) DO UPDATE SET event_id = excluded.event_id, network_name = excluded.network_name,
                    network_theme = excluded.network_theme, session_number = excluded.session_number,
                    session_title = excluded.session_title, session_theme = excluded.session_theme, phase = excluded.phase,
                    starts_at = excluded.starts_at, held_at = excluded.held_at, received_at = now()
                WHERE held_session.held_at <= excluded.held_at
                """).setParameter(1, sessionId).setParameter(2, event.id()).setParameter(3, networkId)
                .setParameter(4, d.networkName()).setParameter(5, d.networkTheme())
                .setParameter(6, d.sessionNumber()).setParameter(7, d.sessionTitle())
                .setParameter(8, d.sessionTheme()).setParameter(9, d.phase())
                .setParameter(10, d.startsAt()).setParameter(11, d.heldAt()).executeUpdate();
        if (updated == 0) {
            return; // an older report of a session we already hold a newer one of
        }
        em.createNativeQuery("DELETE FROM session_attendance WHERE session_id = ?1").setParameter(1, sessionId).executeUpdate();
        for (SessionHeld.OrganisationAttendance a : d.attendance()) {
            if (erasures.isErased(a.organisationId())) {
                continue; // erased on request
            }
            em.createNativeQuery("INSERT INTO session_attendance (session_id, organisation_id, registered, present, absent, excused) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, sessionId).setParameter(2, a.organisationId()).setParameter(3, a.registered())
                    .setParameter(4, a.present()).setParameter(5, a.absent()).setParameter(6, a.excused())
                    .executeUpdate();
        }
    }
}
