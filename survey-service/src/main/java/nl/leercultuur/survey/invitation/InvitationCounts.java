package nl.leercultuur.survey.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.survey.scan.IssuedInvitations;

import java.util.UUID;

/** The codes of a scan that are out (issued or used; revoked ones do not count), for the scan's view. */
@ApplicationScoped
public class InvitationCounts implements IssuedInvitations {

    @Override
    public int of(UUID scanId) {
        return (int) Invitation.count("scanId = ?1 and status <> ?2", scanId, Invitation.REVOKED);
    }
}
