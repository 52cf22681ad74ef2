package nl.leercultuur.network.calendars;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import nl.leercultuur.network.networks.Network;
import nl.leercultuur.network.sessions.NetworkSession;

import java.net.URI;
import java.util.List;

/**
 * The sessions of a network as an iCalendar (RFC 5545) feed, built with ical4j. Times are written as UTC instants,
 * which every calendar client shows in the reader's own zone, so daylight-saving changes cannot shift a session.
 */
public final class NetworkCalendar {

    private NetworkCalendar() {
    }

    public static String of(Network network, List<NetworkSession> sessions) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Leercultuur//Lerende netwerken//NL"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(ImmutableMethod.PUBLISH);
        cal.add(new XProperty("X-WR-CALNAME", network.name));
        cal.add(new XProperty("X-WR-TIMEZONE", NetworkSession.AMSTERDAM.getId()));
        for (NetworkSession s : sessions) {
            VEvent ev = new VEvent(s.startsAt.toInstant(), s.endsAt.toInstant(), network.name + " — bijeenkomst " + s.number + ": " + s.title);
            ev.add(new Uid(s.id + "@leercultuur.nl"));
            ev.add(new Sequence((int) s.lockVersion));
            StringBuilder text = new StringBuilder();
            if (s.theme != null) {
                text.append("Thema: ").append(s.theme).append('\n');
            }
            if (s.phaseFocus != null) {
                text.append("Fase: ").append(s.phaseFocus).append('\n');
            }
            if (s.agenda != null) {
                text.append(s.agenda);
            }
            if (!text.isEmpty()) {
                ev.add(new Description(text.toString().trim()));
            }
            if (s.place != null) {
                ev.add(new Location(s.place));
            }
            if (s.onlineUrl != null) {
                ev.add(new Url(URI.create(s.onlineUrl)));
            }
            ev.add(s.status == NetworkSession.Status.CANCELLED ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
            cal.add(ev);
        }
        return cal.toString();
    }
}
