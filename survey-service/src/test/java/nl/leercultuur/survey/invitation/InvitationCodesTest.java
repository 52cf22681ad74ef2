package nl.leercultuur.survey.invitation;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvitationCodesTest {

    @Test
    void codesAreWellFormedAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String c = InvitationCodes.generate();
            assertTrue(c.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), c);
            assertTrue(seen.add(c));
        }
    }

    @Test
    void readingIsForgivingButHashesDiffer() {
        assertEquals(InvitationCodes.hash("AB12-CD34-EF56"), InvitationCodes.hash(" ab12cd34 ef56 "));
        assertEquals(InvitationCodes.hash("0000-1111-2222"), InvitationCodes.hash("OOOO-IlI1-2222"));
        assertFalse(InvitationCodes.hash("AB12-CD34-EF56").equals(InvitationCodes.hash("AB12-CD34-EF57")));
        assertFalse(InvitationCodes.wellFormed("AB12-CD34"));
        assertFalse(InvitationCodes.wellFormed("AB12-CD34-EF5U"));
    }
}
