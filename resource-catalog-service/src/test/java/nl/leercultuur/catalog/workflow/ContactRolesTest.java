package nl.leercultuur.catalog.workflow;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactRolesTest {

    @ParameterizedTest
    @ValueSource(strings = {"praktijkopleider", "Teamleider leerafdeling", "opleidingsadviseur niveau 4", "BBL-begeleider 2e jaar",
            "HR- en opleidingsadviseur", "leercoach (zorg)", "werkbegeleider at home care"})
    void rolesAreAccepted(String role) {
        assertTrue(ContactRoles.refusal(role).isEmpty(), role);
    }

    @ParameterizedTest
    @ValueSource(strings = {"j.jansen@laurens.nl", "praktijkopleider: p.de.vries@example.org", "jan＠laurens.nl",
            "jan [at] laurens.nl", "jan(at)laurens.nl", "jan at laurens.nl"})
    void emailAddressesAreRefused(String contact) {
        assertTrue(ContactRoles.refusal(contact).orElseThrow().contains("e-mail"), contact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"010-1234567", "06 12 34 56 78", "+31 10 123 45 67", "bel 0612345678", "+3110", "(010) 46 46 46"})
    void phoneNumbersAreRefused(String contact) {
        assertTrue(ContactRoles.refusal(contact).orElseThrow().contains("phone"), contact);
    }
}
