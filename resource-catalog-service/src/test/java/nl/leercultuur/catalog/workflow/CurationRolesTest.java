package nl.leercultuur.catalog.workflow;

import nl.leercultuur.catalog.resource.Resource.Status;
import nl.leercultuur.platform.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Who may make each move the lifecycle allows: curators send for review and back to draft, admins publish and archive. */
class CurationRolesTest {

    @Test
    void everyAllowedMoveHasItsRoles() {
        for (Status from : Status.values()) {
            for (Status to : from.next()) {
                List<String> roles = CurationRoles.mayMoveTo(to);
                assertFalse(roles == null || roles.isEmpty(), from + " -> " + to + " names who may make it");
            }
        }
    }

    @Test
    void curatorsReviewAndReviseAdminsPublishAndArchive() {
        assertEquals(List.of(Roles.CURATOR, Roles.ADMIN), CurationRoles.mayMoveTo(Status.IN_REVIEW)); // DRAFT -> IN_REVIEW
        assertEquals(List.of(Roles.CURATOR, Roles.ADMIN), CurationRoles.mayMoveTo(Status.DRAFT)); // sent back, revived
        assertEquals(List.of(Roles.ADMIN), CurationRoles.mayMoveTo(Status.PUBLISHED)); // IN_REVIEW -> PUBLISHED
        assertEquals(List.of(Roles.ADMIN), CurationRoles.mayMoveTo(Status.ARCHIVED)); // PUBLISHED -> ARCHIVED
    }
}
