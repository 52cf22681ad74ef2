package nl.leercultuur.network.networks;

import nl.leercultuur.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may see and manage which network, decided from plain facts (no Quarkus, no database). */
class NetworkAccessTest {

    static final Network NETWORK = network("fac-1", List.of("laurens", "ikazia"));
    /** The subjects taking part in {@link #NETWORK}. */
    static final List<String> PARTICIPANTS = List.of("anna");

    final List<String> participationAsked = new ArrayList<>();

    NetworkAccess as(Viewer viewer) {
        return new NetworkAccess(() -> viewer, (networkId, subject) -> {
            participationAsked.add(subject);
            return networkId.equals(NETWORK.id) && PARTICIPANTS.contains(subject);
        });
    }

    static Viewer user(String subject) {
        return new Viewer(subject, false, Optional.empty());
    }

    static Network network(String facilitator, List<String> members) {
        Network n = new Network();
        n.id = UUID.randomUUID();
        n.facilitators = new String[]{facilitator};
        n.memberOrganisations = members.toArray(String[]::new);
        return n;
    }

    @Test
    void adminsSeeAndManageEveryNetwork() {
        NetworkAccess admin = as(new Viewer("root", true, Optional.empty()));
        assertTrue(admin.maySee(NETWORK));
        assertTrue(admin.mayManage(NETWORK));
        assertTrue(admin.mayActFor(NETWORK, "anna"));
        assertSame(NETWORK, admin.manageable(admin.visible(NETWORK, NETWORK.id)));
        assertEquals(List.of(), participationAsked, "no need to ask who takes part");
    }

    @Test
    void facilitatorsSeeAndManageTheirOwnNetworksOnly() {
        NetworkAccess own = as(user("fac-1"));
        assertTrue(own.maySee(NETWORK));
        assertTrue(own.mayManage(NETWORK));
        assertTrue(own.mayActFor(NETWORK, "anna"), "a facilitator acts for anyone in their network");
        NetworkAccess other = as(user("fac-2"));
        assertFalse(other.maySee(NETWORK));
        assertFalse(other.mayManage(NETWORK));
        ProblemException e = assertThrows(ProblemException.class, () -> other.visible(NETWORK, NETWORK.id));
        assertEquals(404, e.status(), "a network one may not see does not exist for them");
    }

    @Test
    void orgManagersSeeTheNetworksTheirOrganisationIsIn() {
        assertTrue(as(new Viewer("m1", false, Optional.of("laurens"))).maySee(NETWORK));
        assertFalse(as(new Viewer("m2", false, Optional.of("aafje"))).maySee(NETWORK));
        NetworkAccess member = as(new Viewer("m1", false, Optional.of("laurens")));
        assertFalse(member.mayManage(NETWORK));
        ProblemException e = assertThrows(ProblemException.class, () -> member.manageable(NETWORK));
        assertEquals(403, e.status());
        assertEquals("only the network's facilitators manage it", e.getMessage());
    }

    @Test
    void participantsSeeTheNetworksTheyTakePartInAndActForThemselvesOnly() {
        NetworkAccess anna = as(user("anna"));
        assertTrue(anna.maySee(NETWORK));
        assertFalse(anna.mayManage(NETWORK));
        assertTrue(anna.mayActFor(NETWORK, "anna"));
        assertFalse(anna.mayActFor(NETWORK, "bram"));
        assertFalse(anna.mayActFor(NETWORK, null), "a participant without a sign-in is nobody's self");
        ProblemException e = assertThrows(ProblemException.class, () -> anna.requireActFor(NETWORK, "bram", "participants register only themselves"));
        assertEquals(403, e.status());
        assertEquals("participants register only themselves", e.getMessage());
        anna.requireActFor(NETWORK, "anna", "never");

        assertFalse(as(user("outsider")).maySee(NETWORK));
        assertFalse(as(user("anna")).maySee(network("fac-1", List.of())), "taking part in one network shows no other");
    }

    @Test
    void aNetworkThatDoesNotExistIsNotFound() {
        UUID id = UUID.randomUUID();
        ProblemException e = assertThrows(ProblemException.class, () -> as(new Viewer("root", true, Optional.empty())).visible(null, id));
        assertEquals(404, e.status());
        assertEquals("network '" + id + "' does not exist", e.getMessage());
    }

    @Test
    void aCasesScanFiguresAreForThePersonTheirOrganisationsManagerAndAdminsOnly() {
        assertTrue(as(user("anna")).maySeeResultsOf("laurens", "anna"), "the participant whose case it is");
        assertTrue(as(new Viewer("mgr", false, Optional.of("laurens"))).maySeeResultsOf("laurens", "anna"));
        assertTrue(as(new Viewer("root", true, Optional.empty())).maySeeResultsOf("laurens", "anna"));
        assertFalse(as(user("fac-1")).maySeeResultsOf("laurens", "anna"), "the network's facilitator");
        assertFalse(as(new Viewer("mgr-b", false, Optional.of("ikazia"))).maySeeResultsOf("laurens", "anna"),
                "another member organisation's manager");
        assertFalse(as(user("bert")).maySeeResultsOf("laurens", "anna"), "another participant");
    }
}
