package nl.leercultuur.web.admin;

import nl.leercultuur.web.shell.Pager;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.client.network.api.OrganisationsApi;
import nl.leercultuur.client.network.model.CreateOrganisation;
import nl.leercultuur.client.network.model.OrganisationView;
import nl.leercultuur.client.network.model.PageOrganisationView;
import nl.leercultuur.client.network.model.UpdateOrganisation;
import nl.leercultuur.web.api.Api;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.api.Gateway;
import nl.leercultuur.web.shell.Shell;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The regional organisation registry for administrators (network-service): the list (by name, searchable, paged),
 * adding an organisation, changing its name and details, and its one lifecycle: active or inactive (an inactive
 * organisation can start no scans and is not named in the catalogue), with a confirmation before deactivating.
 */
@Path("/beheer/organisaties")
@Produces(MediaType.TEXT_HTML)
public class OrganisationPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<OrganisationView> items, Pager pager, String q, String status);

        static native TemplateInstance add(OrganisationForm form, Map<String, String> errors, String key,
                                           List<String> sectors, List<String> sizes, List<String> regions);

        static native TemplateInstance organisation(OrganisationView o, OrganisationForm form, Map<String, String> errors,
                                                    String notice, boolean problem, List<String> sectors, List<String> sizes);

        static native TemplateInstance confirmDeactivate(OrganisationView o);
    }

    private final OrganisationsApi api;
    private final Shell shell;

    OrganisationPages(Gateway gateway, Shell shell) {
        this.api = new OrganisationsApi(gateway.network());
        this.shell = shell;
    }

    // --- the list ---

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("pagina") String pagina) {
        AdminOnly.require(shell);
        String query = q == null ? "" : q.strip();
        String st = "actief".equals(status) || "inactief".equals(status) ? status : "";
        Boolean active = st.isEmpty() ? null : "actief".equals(st);
        int page = Pager.requested(pagina);
        PageOrganisationView result = Api.call(() -> api.listOrganisations(active, Pager.apiPage(page),
                query.isEmpty() ? null : query, null, null, PAGE_SIZE));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", query);
        params.put("status", st);
        long total = result.getTotal() == null ? 0 : result.getTotal();
        Pager pager = Pager.of(page, PAGE_SIZE, total, "/beheer/organisaties", params);
        List<OrganisationView> items = result.getItems() == null ? List.of() : result.getItems();
        return shell.respond(200, Templates.list(items, pager, query, st));
    }

    // --- adding ---

    @GET
    @Path("nieuw")
    public Response addForm() {
        AdminOnly.require(shell);
        return renderAdd(200, OrganisationForm.empty(), Map.of(), UUID.randomUUID().toString());
    }

    @POST
    @Path("nieuw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(MultivaluedMap<String, String> body) {
        AdminOnly.require(shell);
        Map<String, String> values = AdminOnly.single(body);
        String key = values.getOrDefault("key", "");
        if (key.isBlank() || key.length() > 200) {
            key = UUID.randomUUID().toString();
        }
        OrganisationForm form = OrganisationForm.read(values);
        Map<String, String> errors = texts(form.problemsToAdd());
        if (!errors.isEmpty()) {
            return renderAdd(422, form, errors, key);
        }
        OrganisationForm f = form.withDerivedId();
        CreateOrganisation req = new CreateOrganisation().id(f.id()).name(f.name()).sector(f.sector())
                .region(f.region()).sizeClass(f.sizeClass());
        String idempotencyKey = key;
        try {
            OrganisationView made = Api.call(() -> api.createOrganisation(req, idempotencyKey));
            return seeOther("/beheer/organisaties/" + encode(made.getId()) + "?klaar=toegevoegd");
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.status() == 409) {
                Map<String, String> dup = new LinkedHashMap<>();
                // the registry checks the code first: a code made from a name that is itself taken is about the name
                boolean nameTaken = p.errorFor("name") != null || (p.errorFor("id") != null && !f.idGiven() && nameInUse(f.name()));
                if (nameTaken || p.errorFor("id") == null) {
                    dup.put("name", msg().error_name_taken());
                } else {
                    dup.put("id", msg().error_id_taken(f.id()));
                }
                // a made code is shown, so that another one can be typed over it; a new key: this is a new attempt
                return renderAdd(409, dup.containsKey("id") ? f : form, dup, UUID.randomUUID().toString());
            }
            if (p.status() == 400 || p.status() == 422) {
                Map<String, String> api = apiErrors(p);
                if (!api.isEmpty()) {
                    // a changed form is a new request: a new key, or the registry would refuse the old key's reuse
                    return renderAdd(422, form, api, UUID.randomUUID().toString());
                }
            }
            throw e;
        }
    }

    private boolean nameInUse(String name) {
        try {
            PageOrganisationView same = Api.call(() -> api.listOrganisations(null, 0, name, null, null, 100));
            return same.getItems() != null && same.getItems().stream().anyMatch(o -> name.equalsIgnoreCase(o.getName()));
        } catch (ApiRefusal e) {
            return false;
        }
    }

    private Response renderAdd(int status, OrganisationForm form, Map<String, String> errors, String key) {
        return shell.respond(status, Templates.add(form, errors, key, OrganisationForm.SECTORS,
                OrganisationForm.SIZES, knownRegions()));
    }

    /** The regions already in the registry, offered while typing so that one region is not spelled two ways. */
    private List<String> knownRegions() {
        try {
            PageOrganisationView all = Api.call(() -> api.listOrganisations(null, 0, null, null, null, 100));
            TreeSet<String> regions = new TreeSet<>();
            (all.getItems() == null ? List.<OrganisationView>of() : all.getItems()).stream()
                    .map(OrganisationView::getRegion).filter(Objects::nonNull).forEach(regions::add);
            return List.copyOf(regions);
        } catch (ApiRefusal e) {
            return List.of(); // only a convenience: the form works without it
        }
    }

    // --- one organisation: details, changes ---

    @GET
    @Path("{id}")
    public Response organisation(@PathParam("id") String id, @QueryParam("klaar") String done) {
        AdminOnly.require(shell);
        OrganisationView o = Api.call(() -> api.getOrganisation(id));
        AdminMessages m = msg();
        String notice = switch (done == null ? "" : done) {
            case "toegevoegd" -> m.added_notice();
            case "opgeslagen" -> m.saved_notice();
            case "inactief" -> m.deactivated_notice();
            case "actief" -> m.activated_notice();
            default -> null;
        };
        return renderOrganisation(200, o, formOf(o), Map.of(), notice, false);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        AdminOnly.require(shell);
        OrganisationView current = Api.call(() -> api.getOrganisation(id));
        OrganisationForm form = OrganisationForm.read(AdminOnly.single(body));
        Map<String, String> errors = texts(form.problemsToUpdate());
        if (!errors.isEmpty()) {
            return renderOrganisation(422, current, form, errors, null, false);
        }
        long version = form.version() == null ? current.getVersion() : form.version();
        UpdateOrganisation req = new UpdateOrganisation().name(form.name()).sector(form.sector()).region(form.region())
                .sizeClass(form.sizeClass()).active(Boolean.TRUE.equals(current.getActive())).version(version);
        return update(current, req, form, "opgeslagen");
    }

    // --- active or inactive ---

    @GET
    @Path("{id}/inactief")
    public Response confirmDeactivate(@PathParam("id") String id) {
        AdminOnly.require(shell);
        OrganisationView o = Api.call(() -> api.getOrganisation(id));
        if (!Boolean.TRUE.equals(o.getActive())) {
            return seeOther("/beheer/organisaties/" + encode(id));
        }
        return shell.respond(200, Templates.confirmDeactivate(o));
    }

    @POST
    @Path("{id}/inactief")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        return setActive(id, body, false);
    }

    @POST
    @Path("{id}/actief")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        return setActive(id, body, true);
    }

    private Response setActive(String id, MultivaluedMap<String, String> body, boolean active) {
        AdminOnly.require(shell);
        OrganisationView current = Api.call(() -> api.getOrganisation(id));
        Long read = OrganisationForm.read(AdminOnly.single(body)).version();
        UpdateOrganisation req = new UpdateOrganisation().name(current.getName()).sector(current.getSector())
                .region(current.getRegion()).sizeClass(current.getSizeClass()).active(active)
                .version(read == null ? current.getVersion() : read);
        return update(current, req, formOf(current), active ? "actief" : "inactief");
    }

    /** Sends a change; a name already taken is said at the name, a change by someone else meanwhile above the form. */
    private Response update(OrganisationView current, UpdateOrganisation req, OrganisationForm form, String done) {
        String id = current.getId();
        try {
            Api.call(() -> api.updateOrganisation(id, req, null));
            return seeOther("/beheer/organisaties/" + encode(id) + "?klaar=" + done);
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.status() == 409 && (p.is("stale-version") || p.is("concurrent-change"))) {
                OrganisationView fresh = Api.call(() -> api.getOrganisation(id));
                return renderOrganisation(409, fresh, formOf(fresh), Map.of(), msg().stale_notice(), true);
            }
            if (p.status() == 409) {
                // the registry's names are unique (any case); the API says "duplicate" without naming the field
                return renderOrganisation(409, current, form, Map.of("name", msg().error_name_taken()), null, false);
            }
            if (p.status() == 400 || p.status() == 422) {
                Map<String, String> api = apiErrors(p);
                if (!api.isEmpty()) {
                    return renderOrganisation(422, current, form, api, null, false);
                }
            }
            throw e;
        }
    }

    private Response renderOrganisation(int status, OrganisationView o, OrganisationForm form, Map<String, String> errors,
                                        String notice, boolean problem) {
        return shell.respond(status, Templates.organisation(o, form, errors, notice, problem,
                OrganisationForm.SECTORS, OrganisationForm.SIZES));
    }

    private static OrganisationForm formOf(OrganisationView o) {
        return new OrganisationForm(o.getId(), nz(o.getName()), nz(o.getSector()), nz(o.getRegion()), nz(o.getSizeClass()),
                o.getVersion(), true);
    }

    private Map<String, String> texts(Map<String, OrganisationForm.Problem> problems) {
        AdminMessages m = msg();
        Map<String, String> out = new LinkedHashMap<>();
        problems.forEach((field, p) -> out.put(field, switch (p) {
            case REQUIRED -> m.error_required();
            case CHOICE -> m.error_choice();
            case ID_FORMAT -> m.error_id_format();
            case ID_DERIVE -> m.error_id_derive();
            case ID_RESERVED -> m.error_id_reserved();
            case TOO_LONG -> m.error_too_long("region".equals(field) ? OrganisationForm.MAX_REGION : OrganisationForm.MAX_NAME);
        }));
        return out;
    }

    /** The API's own words for the fields of this form (rare: the form checks the same rules first). */
    private static Map<String, String> apiErrors(ApiProblem p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : List.of("name", "id", "sector", "region", "sizeClass")) {
            String e = p.errorFor(f);
            if (e != null) {
                out.put(f, e);
            }
        }
        return out;
    }

    private AdminMessages msg() {
        return AdminOnly.msg(shell);
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
