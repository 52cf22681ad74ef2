package nl.leercultuur.web.scans;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScanFormTest {

    static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    static Map<String, String> valid() {
        Map<String, String> v = new HashMap<>();
        v.put("instrumentKey", "team-psychological-safety");
        v.put("title", " Teamscan voorjaar ");
        v.put("unitLabel", "");
        v.put("expectedPopulation", "24");
        v.put("opensAt", "2027-03-01T08:00");
        v.put("closesAt", "2027-03-15T17:00");
        v.put("anonymityThreshold", "");
        return v;
    }

    @Test
    void aValidFormReadsAsAmsterdamTime() {
        ScanForm f = ScanForm.from(valid());
        assertTrue(f.errors(false, AMS).isEmpty());
        ScanForm.Parsed p = f.parsed("laurens", AMS);
        assertEquals("Teamscan voorjaar", p.title());
        assertNull(p.unitLabel(), "an empty unit is no unit");
        assertEquals(24, p.expectedPopulation());
        assertNull(p.anonymityThreshold(), "left empty: the API's default");
        assertEquals(OffsetDateTime.of(2027, 3, 1, 8, 0, 0, 0, ZoneOffset.ofHours(1)), p.opensAt(), "winter time");
        assertEquals(ZoneOffset.ofHours(1), p.closesAt().getOffset());
        assertEquals("laurens", p.organisationId());
    }

    @Test
    void summerTimeHasItsOwnOffset() {
        assertEquals(ZoneOffset.ofHours(2), ScanForm.time("2027-06-01T09:30", AMS).getOffset());
        assertEquals(ZoneOffset.ofHours(2), ScanForm.time("2027-06-01T09:30:15", AMS).getOffset(), "seconds are allowed");
    }

    @Test
    void eachProblemIsNamedByItsField() {
        Map<String, String> v = valid();
        v.put("instrumentKey", "");
        v.put("title", "  ");
        v.put("expectedPopulation", "0");
        v.put("closesAt", "2027-02-01T08:00");
        v.put("anonymityThreshold", "2");
        Map<String, String> e = ScanForm.from(v).errors(true, AMS);
        assertEquals("error_instrument", e.get("instrumentKey"));
        assertEquals("error_title", e.get("title"));
        assertEquals("error_population", e.get("expectedPopulation"));
        assertEquals("error_closes_before_opens", e.get("closesAt"));
        assertEquals("error_threshold", e.get("anonymityThreshold"));
        assertEquals("error_organisation", e.get("organisationId"));
        assertEquals(6, e.size());
    }

    @Test
    void unreadableValues() {
        Map<String, String> v = valid();
        v.put("opensAt", "morgen");
        v.put("closesAt", "");
        v.put("expectedPopulation", "twaalf");
        v.put("title", "x".repeat(201));
        Map<String, String> e = ScanForm.from(v).errors(false, AMS);
        assertEquals("error_date", e.get("opensAt"));
        assertEquals("error_date", e.get("closesAt"));
        assertEquals("error_population", e.get("expectedPopulation"));
        assertEquals("error_too_long", e.get("title"));
    }

    @Test
    void aBlankFormOpensNowAndClosesInTwoWeeksAtFive() {
        ScanForm f = ScanForm.blank("team-psychological-safety", "laurens",
                OffsetDateTime.of(2027, 3, 26, 22, 15, 42, 0, ZoneOffset.UTC), AMS);
        assertEquals("2027-03-26T23:15", f.opensAt());
        assertEquals("2027-04-09T17:00", f.closesAt());
        assertEquals("team-psychological-safety", f.instrumentKey());
        assertEquals("", f.title());
    }

    @Test
    void aMissingFieldIsEmpty() {
        ScanForm f = ScanForm.from(Map.of());
        assertEquals("", f.title());
        assertEquals("", f.organisationId());
    }
}
