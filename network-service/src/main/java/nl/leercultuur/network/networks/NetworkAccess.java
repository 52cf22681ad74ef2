package nl.leercultuur.network.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one place that decides who may see and who may manage which network:
 * <ul>
 *   <li>admins see and manage every network, its facilitators their own;</li>
 *   <li>org-managers see the networks their organisation is a member of;</li>
 *   <li>participants see the networks they take part in;</li>
 *   <li>what concerns one person (their registration, their calendar, their case, their e-mail address) is for that
 *       person and for those who manage the network.</li>
 * </ul>
 * A network one may not see does not exist for them (404); one they see but may not manage is 403.
 */
@ApplicationScoped
public class NetworkAccess {

    private final Supplier<Viewer> viewer;
    private final Participation participation;

    @Inject
    NetworkAccess(Caller caller, Participation participation) {
        this(() -> Viewer.of(caller), participation);
    }

    /** Rules over plain facts: who asks (per call) and who takes part. */
    public NetworkAccess(Supplier<Viewer> viewer, Participation participation) {
        this.viewer = viewer;
        this.participation = participation;
    }

    public String subject() {
        return viewer.get().subject();
    }

    public boolean maySee(Network n) {
        Viewer v = viewer.get();
        if (mayManage(v, n)) {
            return true;
        }
        if (v.managedOrganisation().map(n::hasMember).orElse(false)) {
            return true;
        }
        return participation.participates(n.id, v.subject());
    }

    public boolean mayManage(Network n) {
        return mayManage(viewer.get(), n);
    }

    /** Whether the caller may act for, or see the details of, the network's person signing in as {@code personSubject}. */
    public boolean mayActFor(Network n, String personSubject) {
        Viewer v = viewer.get();
        return mayManage(v, n) || v.subject().equals(personSubject);
    }

    /**
     * Whether the caller may see figures of an organisation's scans that one of its people brought into the network
     * (a case's before and after): that person, the organisation's own manager, an admin — as survey-service shows
     * results; not the network's facilitators or other members.
     */
    public boolean maySeeResultsOf(String organisationId, String personSubject) {
        Viewer v = viewer.get();
        return v.admin() || v.subject().equals(personSubject)
                || (organisationId != null && v.managedOrganisation().map(organisationId::equals).orElse(false));
    }

    /** The network, when the caller may see it; 404 when it does not exist or they may not. */
    public Network readable(UUID id) {
        return visible(Network.findById(id), id);
    }

    /** The network, when the caller manages it (its facilitators and admins). */
    public Network managed(UUID id) {
        return manageable(readable(id));
    }

    /** {@code n} (looked up as {@code id}, may be null) when the caller may see it, else 404: not revealing it exists. */
    public Network visible(Network n, UUID id) {
        if (n == null || !maySee(n)) {
            throw ProblemException.notFound("network", id);
        }
        return n;
    }

    /** {@code n} when the caller manages it, else 403. */
    public Network manageable(Network n) {
        if (!mayManage(n)) {
            throw ProblemException.forbidden("only the network's facilitators manage it");
        }
        return n;
    }

    /** Refuses (403, {@code refusal}) unless the caller manages the network or is the person themselves. */
    public void requireActFor(Network n, String personSubject, String refusal) {
        if (!mayActFor(n, personSubject)) {
            throw ProblemException.forbidden(refusal);
        }
    }

    private static boolean mayManage(Viewer v, Network n) {
        return v.admin() || n.facilitatedBy(v.subject());
    }
}
