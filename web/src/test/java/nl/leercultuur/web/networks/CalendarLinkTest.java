package nl.leercultuur.web.networks;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarLinkTest {

    static final UUID NETWORK = UUID.fromString("5e1d0000-0000-4000-8000-000000000001");

    @Test
    void theFeedIsAFullAddressOnTheSiteTheBrowserSees() {
        assertEquals("https://leercultuur.nl", CalendarLink.origin("https://leercultuur.nl/netwerken/x?klaar=1"));
        assertEquals("https://leercultuur.nl", CalendarLink.origin("https://leercultuur.nl:443/netwerken"));
        assertEquals("http://localhost:18630", CalendarLink.origin("http://localhost:18630/netwerken/x"));
        assertEquals("http://example.org", CalendarLink.origin("HTTP://example.org:80/"));
        assertEquals("https://leercultuur.nl/api/v1/networks/5e1d0000-0000-4000-8000-000000000001/calendar.ics",
                CalendarLink.feedUrl("https://leercultuur.nl", NETWORK));
        assertEquals("https://leercultuur.nl/api/v1/networks/5e1d0000-0000-4000-8000-000000000001/calendar.ics",
                CalendarLink.feedUrl("https://leercultuur.nl/", NETWORK), "no double slash");
    }

    @Test
    void webcalOpensTheSameFeedInACalendarApp() {
        assertEquals("webcal://leercultuur.nl/api/v1/networks/x/calendar.ics",
                CalendarLink.webcal("https://leercultuur.nl/api/v1/networks/x/calendar.ics"));
        assertEquals("webcal://localhost:18630/a.ics", CalendarLink.webcal("http://localhost:18630/a.ics"));
    }

    @Test
    void aPersonalFeedSaysWhichSessionsItHolds() {
        String ics = String.join("\r\n", List.of(
                "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:5e1d0000-0000-4000-8000-000000000101@leercultuur.nl", "SUMMARY:Bijeenkomst 1", "END:VEVENT",
                // a long UID folded over two lines (RFC 5545 3.1)
                "BEGIN:VEVENT", "UID:5e1d0000-0000-4000-8000-0000", " 00000102@leercultuur.nl", "END:VEVENT",
                "BEGIN:VEVENT", "UID:something-else@elsewhere", "END:VEVENT",
                "END:VCALENDAR"));
        Set<UUID> ids = CalendarLink.sessionIds(ics);
        assertEquals(Set.of(UUID.fromString("5e1d0000-0000-4000-8000-000000000101"), UUID.fromString("5e1d0000-0000-4000-8000-000000000102")), ids);
        assertTrue(CalendarLink.sessionIds(null).isEmpty());
        assertTrue(CalendarLink.sessionIds("BEGIN:VCALENDAR\r\nEND:VCALENDAR").isEmpty());
    }
}
