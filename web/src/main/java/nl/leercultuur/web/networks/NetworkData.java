package nl.leercultuur.web.networks;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.client.catalog.api.CatalogueApi;
import nl.leercultuur.client.network.api.ActionLearningApi;
import nl.leercultuur.client.network.api.LearningNetworksApi;
import nl.leercultuur.client.network.api.OrganisationsApi;
import nl.leercultuur.client.network.model.NetworkView;
import nl.leercultuur.client.network.model.OrganisationView;
import nl.leercultuur.client.network.model.PageOrganisationView;
import nl.leercultuur.client.network.model.ParticipantView;
import nl.leercultuur.web.api.Api;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.api.Gateway;
import nl.leercultuur.web.shell.Shell;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The network service as the network pages need it: the generated clients, built once; who the caller is in a network
 * (facilitator, or which participant); organisation names; the raw iCalendar feeds (text/calendar, which the
 * generated client does not return).
 */
@ApplicationScoped
public class NetworkData {

    /** The caller as a participant of a network, and the sessions they registered for. */
    public record Me(UUID participantId, String name, String organisationId, Set<UUID> registered) {
    }

    /** An answer of a call made without the generated client. */
    public record Raw(int status, String body, java.net.http.HttpHeaders headers) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    private static final Duration ORGANISATIONS_KEPT = Duration.ofMinutes(10);

    private final LearningNetworksApi networks;
    private final ActionLearningApi learning;
    private final OrganisationsApi organisations;
    private final CatalogueApi catalogue;
    private final Gateway gateway;
    private final Shell shell;
    private final RoutingContext request;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Map<String, String> organisationNames = Map.of();
    private volatile long organisationsLoadedAt;

    NetworkData(Gateway gateway, Shell shell, RoutingContext request,
                @ConfigProperty(name = "leercultuur.web.api-timeout-ms") int timeoutMs) {
        this.networks = new LearningNetworksApi(gateway.network());
        this.learning = new ActionLearningApi(gateway.network());
        this.organisations = new OrganisationsApi(gateway.network());
        this.catalogue = new CatalogueApi(gateway.catalog());
        this.gateway = gateway;
        this.shell = shell;
        this.request = request;
        this.timeout = Duration.ofMillis(timeoutMs);
    }

    // accessors, not fields: other beans reach this one through its client proxy
    public LearningNetworksApi networks() {
        return networks;
    }

    public ActionLearningApi learning() {
        return learning;
    }

    public CatalogueApi catalogue() {
        return catalogue;
    }

    public NetMessages msg() {
        return MessageBundles.get(NetMessages.class, Localized.Literal.of(shell.lang()));
    }

    public NetworkView network(UUID id) {
        return Api.call(() -> networks.getNetwork(id));
    }

    public List<SessionRow> sessions(UUID id) {
        return Api.call(() -> networks.sessions(id)).stream().map(SessionRow::of).toList();
    }

    public List<ParticipantView> participants(UUID id) {
        List<ParticipantView> ps = Api.call(() -> networks.participants(id));
        return ps == null ? List.of() : ps;
    }

    /** The caller is one of the network's facilitators (the network names them by their token subject). */
    public boolean facilitates(NetworkView n) {
        List<String> f = n.getFacilitators();
        return f != null && !shell.subject().isEmpty() && f.contains(shell.subject());
    }

    /** The caller manages the network: its facilitators and admins. */
    public boolean manages(NetworkView n) {
        return shell.admin() || facilitates(n);
    }

    /**
     * Which participant of the network the caller is: the API's participants/me, matched on the token's subject. Only
     * those who can be a network's participant are asked for (an org-manager or curator never is one, and those who
     * manage the network act as its facilitators).
     */
    public Optional<ParticipantView> myParticipant(NetworkView n) {
        boolean mayTakePart = shell.participant() || shell.hasRole("facilitator");
        if (!mayTakePart || manages(n) || shell.subject().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Api.call(() -> networks.myParticipant(n.getId())));
        } catch (ApiRefusal e) {
            if (e.problem().status() == 404) {
                return Optional.empty(); // takes no part in this network
            }
            throw e;
        }
    }

    /** The caller as a participant of the network, with the sessions they registered for (from their own calendar). */
    public Optional<Me> me(NetworkView n) {
        Optional<ParticipantView> mine = myParticipant(n);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        ParticipantView p = mine.get();
        Raw r = personalCalendar(n.getId(), p.getId());
        if (!r.ok()) {
            throw new ApiRefusal(ApiProblem.of(r.status(), r.headers(), r.body()));
        }
        return Optional.of(new Me(p.getId(), p.getName(), p.getOrganisationId(), CalendarLink.sessionIds(r.body())));
    }

    /**
     * For those who manage the network: which participants have an attendance entry for the session (registered,
     * or present without registering), read from their personal calendars — the API counts registrations per
     * organisation only. Participants whose calendar cannot be read are left out.
     */
    public Set<UUID> attending(UUID networkId, UUID sessionId, List<ParticipantView> participants) {
        Set<UUID> out = new java.util.LinkedHashSet<>();
        for (ParticipantView p : participants) {
            if (Boolean.TRUE.equals(p.getErased())) {
                continue;
            }
            Raw r = personalCalendar(networkId, p.getId());
            if (r.ok() && CalendarLink.sessionIds(r.body()).contains(sessionId)) {
                out.add(p.getId());
            } else if (!r.ok() && r.status() != 403 && r.status() != 404) {
                throw new ApiRefusal(ApiProblem.of(r.status(), r.headers(), r.body()));
            }
        }
        return out;
    }

    public Raw personalCalendar(UUID networkId, UUID participantId) {
        return get("/api/v1/networks/" + networkId + "/participants/" + participantId + "/calendar.ics");
    }

    /** The network's feed, as the caller may read it; refusals as for any API call. */
    public String calendar(UUID networkId) {
        Raw r = get(CalendarLink.feedPath(networkId));
        if (!r.ok()) {
            throw new ApiRefusal(ApiProblem.of(r.status(), r.headers(), r.body()));
        }
        return r.body();
    }

    private Raw get(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway.url() + path)).timeout(timeout)
                .header("Accept", "text/calendar, application/problem+json").GET();
        Gateway.onBehalfOfCaller(b);
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Raw(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new ApiRefusal(ApiProblem.of(0, null, ""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiRefusal(ApiProblem.of(0, null, ""));
        }
    }

    /** The site's origin as the browser sees it (behind the gateway: its forwarded scheme and host). */
    public String origin() {
        return CalendarLink.origin(request.request().absoluteURI());
    }

    /** Organisation names by id, from the registry (kept ten minutes); an unknown id stays as it is. */
    public String organisationName(String id) {
        if (id == null) {
            return "";
        }
        return organisationNames().getOrDefault(id, id);
    }

    public Map<String, String> organisationNames() {
        if (System.currentTimeMillis() - organisationsLoadedAt > ORGANISATIONS_KEPT.toMillis() || organisationNames.isEmpty()) {
            try {
                Map<String, String> names = new HashMap<>();
                for (int page = 0; page < 20; page++) {
                    int p = page;
                    PageOrganisationView v = Api.call(() -> organisations.listOrganisations(null, p, null, null, null, 100));
                    List<OrganisationView> items = v.getItems() == null ? List.of() : v.getItems();
                    items.forEach(o -> names.put(o.getId(), o.getName()));
                    long total = v.getTotal() == null ? 0 : v.getTotal();
                    if (items.isEmpty() || (long) (page + 1) * 100 >= total) {
                        break;
                    }
                }
                organisationNames = Map.copyOf(names);
                organisationsLoadedAt = System.currentTimeMillis();
            } catch (ApiRefusal e) {
                // names are a nicety: ids are shown instead
                return organisationNames;
            }
        }
        return organisationNames;
    }

    public Shell shell() {
        return shell;
    }
}
