package nl.leercultuur.catalog.workflow;

import nl.leercultuur.catalog.resource.Resource;
import nl.leercultuur.platform.security.Roles;

import java.util.List;
import java.util.Map;

/**
 * Who may make which curation move, beside the moves themselves ({@link Resource.Status#next()}): curators and admins
 * send an entry for review and back to draft; only admins publish and archive. Keyed by the status moved to, since
 * that alone decides it; a move the lifecycle refuses never gets this far.
 */
final class CurationRoles {

    private static final Map<Resource.Status, List<String>> MAY_MOVE_TO = Map.of(
            Resource.Status.DRAFT, List.of(Roles.CURATOR, Roles.ADMIN),
            Resource.Status.IN_REVIEW, List.of(Roles.CURATOR, Roles.ADMIN),
            Resource.Status.PUBLISHED, List.of(Roles.ADMIN),
            Resource.Status.ARCHIVED, List.of(Roles.ADMIN));

    private CurationRoles() {
    }

    /** The roles any one of which may move an entry to {@code target}. */
    static List<String> mayMoveTo(Resource.Status target) {
        return MAY_MOVE_TO.get(target);
    }
}
