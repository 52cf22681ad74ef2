package nl.leercultuur.analytics.ingest;

import nl.leercultuur.analytics.erasure.Erasures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.EventData;
import nl.leercultuur.platform.events.EventTypes;
import nl.leercultuur.platform.events.MalformedEventException;
import nl.leercultuur.platform.inbox.EventHandler;

import java.time.OffsetDateTime;
import java.util.UUID;

import static nl.leercultuur.platform.events.EventData.integer;
import static nl.leercultuur.platform.events.EventData.optionalText;
import static nl.leercultuur.platform.events.EventData.text;
import static nl.leercultuur.platform.events.EventData.time;
import static nl.leercultuur.platform.events.EventData.uuid;

/**
 * Stores a held session's attendance per organisation. Runs in the consumer's transaction with the event id; a
 * session's later "held" (a correction) replaces an earlier one, an older one arriving late is ignored.
 */
@ApplicationScoped
public class SessionHeldHandler implements EventHandler {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    Erasures erasures;

    @Override
    public String type() {
        return EventTypes.SESSION_HELD;
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode d = EventData.parse(json, event);
        UUID sessionId = uuid(d, "sessionId");
        UUID networkId = uuid(d, "networkId");
        OffsetDateTime heldAt = time(d, "heldAt");
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
                .setParameter(4, text(d, "networkName")).setParameter(5, optionalText(d, "networkTheme"))
                .setParameter(6, integer(d, "sessionNumber")).setParameter(7, text(d, "sessionTitle"))
                .setParameter(8, optionalText(d, "sessionTheme")).setParameter(9, optionalText(d, "phase"))
                .setParameter(10, time(d, "startsAt")).setParameter(11, heldAt).executeUpdate();
        if (updated == 0) {
            return; // an older report of a session we already hold a newer one of
        }
        em.createNativeQuery("DELETE FROM session_attendance WHERE session_id = ?1").setParameter(1, sessionId).executeUpdate();
        JsonNode attendance = d.get("attendance");
        if (attendance == null || !attendance.isArray()) {
            throw new MalformedEventException("field attendance is missing or not a list");
        }
        for (JsonNode a : attendance) {
            if (erasures.isErased(text(a, "organisationId"))) {
                continue; // erased on request
            }
            em.createNativeQuery("INSERT INTO session_attendance (session_id, organisation_id, registered, present, absent, excused) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, sessionId).setParameter(2, text(a, "organisationId")).setParameter(3, integer(a, "registered"))
                    .setParameter(4, integer(a, "present")).setParameter(5, integer(a, "absent")).setParameter(6, integer(a, "excused"))
                    .executeUpdate();
        }
    }
}
