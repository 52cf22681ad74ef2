package nl.leercultuur.network.networks;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.leercultuur.network.networks.NetworkDtos.CreateNetwork;
import nl.leercultuur.network.networks.NetworkDtos.NetworkView;
import nl.leercultuur.network.organisation.Organisation;
import nl.leercultuur.platform.problem.Problem.FieldError;
import nl.leercultuur.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Learning networks themselves: facilitators start them (the creator becomes one), everybody sees the networks
 * {@link NetworkAccess} lets them see, and a network's status moves PLANNED → RUNNING → COMPLETED.
 */
@ApplicationScoped
public class NetworkService {

    private static final Logger LOG = Logger.getLogger(NetworkService.class);

    private final NetworkAccess access;

    NetworkService(NetworkAccess access) {
        this.access = access;
    }

    @Transactional
    public NetworkView create(CreateNetwork req) {
        List<FieldError> errors = new ArrayList<>();
        if (req.startsOn() != null && req.endsOn() != null && req.endsOn().isBefore(req.startsOn())) {
            errors.add(new FieldError("endsOn", "must not be before startsOn"));
        }
        List<String> members = req.memberOrganisations() == null ? List.of() : List.copyOf(new LinkedHashSet<>(req.memberOrganisations()));
        for (int i = 0; i < members.size(); i++) {
            if (Organisation.findById(members.get(i)) == null) {
                errors.add(new FieldError("memberOrganisations[" + i + "]", "no organisation '" + members.get(i) + "' in the registry"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (Network.count("lower(name) = ?1", req.name().trim().toLowerCase()) > 0) {
            throw ProblemException.conflict("duplicate-network", "a network named '" + req.name().trim() + "' already exists");
        }
        String creator = access.subject();
        LinkedHashSet<String> facilitators = new LinkedHashSet<>();
        facilitators.add(creator);
        if (req.facilitators() != null) {
            facilitators.addAll(req.facilitators());
        }
        Network n = new Network();
        n.id = UUID.randomUUID();
        n.name = req.name().trim();
        n.theme = req.theme();
        n.description = req.description();
        n.region = req.region();
        n.startsOn = req.startsOn();
        n.endsOn = req.endsOn();
        n.methodology = "action-learning";
        n.status = Network.Status.PLANNED;
        n.facilitators = facilitators.toArray(String[]::new);
        n.memberOrganisations = members.toArray(String[]::new);
        n.createdBy = creator;
        n.createdAt = OffsetDateTime.now();
        n.persist();
        LOG.infof("network %s '%s' created by %s", n.id, n.name, n.createdBy);
        return NetworkView.of(n);
    }

    /** The networks this caller may see. */
    @Transactional
    public List<NetworkView> visible() {
        List<Network> all = Network.listAll(Sort.by("name"));
        return all.stream().filter(access::maySee).map(NetworkView::of).toList();
    }

    @Transactional
    public NetworkView get(UUID id) {
        return NetworkView.of(access.readable(id));
    }

    @Transactional
    public NetworkView changeStatus(UUID id, Network.Status target) {
        Network n = access.managed(id);
        n.status = n.status.moveTo(target, "network " + id);
        return NetworkView.of(n);
    }
}
