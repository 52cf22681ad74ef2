package nl.leercultuur.web.scans;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
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
import nl.leercultuur.client.survey.ApiResponse;
import nl.leercultuur.client.survey.api.InvitationsApi;
import nl.leercultuur.client.survey.api.ScansApi;
import nl.leercultuur.client.survey.model.CreateOpenLink;
import nl.leercultuur.client.survey.model.CreateScan;
import nl.leercultuur.client.survey.model.IssueRequest;
import nl.leercultuur.client.survey.model.IssuedCodes;
import nl.leercultuur.client.survey.model.OpenLinkView;
import nl.leercultuur.client.survey.model.PageScanView;
import nl.leercultuur.client.survey.model.ScanStatus;
import nl.leercultuur.client.survey.model.ScanView;
import nl.leercultuur.web.api.Api;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.api.Gateway;
import nl.leercultuur.web.shell.Formats;
import nl.leercultuur.web.shell.Pager;
import nl.leercultuur.web.shell.Shell;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The org-manager's scans (an admin sees every organisation's): the list with each scan's status and response rate,
 * a new scan, a scan's page with what can be done in its state (open it, make codes, an open link, close it), the
 * codes just made with their CSV and printable slips. Plain forms with Post/Redirect/Get, except where the answer
 * holds codes: those pages are the POST's answer and are never stored, here or in a cache.
 */
@Path("/scans")
@Produces(MediaType.TEXT_HTML)
public class ScansPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ScanDetail> scans, List<Filter> filters, String status, int page, int pages,
                                            String previousUrl, String nextUrl, long total, boolean allOrganisations);

        static native TemplateInstance form(ScanForm form, List<Option> instruments, Map<String, String> errors,
                                            boolean askOrganisation, String idempotencyKey);

        static native TemplateInstance scan(ScanDetail s, String notice, String noticeKind, String count, String countError,
                                            String idempotencyKey, OpenLinkState openLink, int maxCodes);

        static native TemplateInstance codes(ScanDetail s, List<Codes.Code> codes, boolean replayed);

        static native TemplateInstance slips(ScanDetail s, List<List<Slip>> sheets, int count);

        static native TemplateInstance openLink(ScanDetail s, String link, RawString qr);

        static native TemplateInstance close(ScanDetail s);
    }

    /** A status filter link. */
    public record Filter(String label, String url, boolean current) {
    }

    /** An instrument to choose. */
    public record Option(String key, String name, boolean selected) {
    }

    /** The open link as the scan's page shows it (the token itself is only shown when it is made). */
    public record OpenLinkState(boolean active, int responses) {
    }

    /** One printable slip. */
    public record Slip(String code, String link, RawString qr) {
    }

    static final int PAGE_SIZE = 20;

    private final ScansApi scans;
    private final InvitationsApi invitations;
    private final ScanAccess access;
    private final Shell shell;

    ScansPages(Gateway gateway, ScanAccess access, Shell shell) {
        this.scans = new ScansApi(gateway.survey());
        this.invitations = new InvitationsApi(gateway.survey());
        this.access = access;
        this.shell = shell;
    }

    private ScansMessages msg() {
        return access.msg();
    }

    // --- the list ---

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("pagina") Integer pageParam) {
        requireManager();
        ScanStatus filter = parseStatus(status);
        int page = pageParam == null || pageParam < 1 ? 1 : pageParam;
        String org = shell.admin() ? null : shell.organisationId();
        PageScanView result = Api.call(() -> scans.listScans(org, page - 1, PAGE_SIZE, filter));
        long total = result.getTotal() == null ? 0 : result.getTotal();
        Map<String, String> params = filter == null ? Map.of() : Map.of("status", filter.getValue());
        Pager pager = Pager.of(page, PAGE_SIZE, total, "/scans", params);
        if (pager.beyond() && total > 0) {
            // a page past the end (the list shrank, or a typed address): the last page there is
            return Response.seeOther(URI.create(Pager.url("/scans", params, pager.pages()))).build();
        }
        ScansMessages m = msg();
        Map<String, String> names = access.instrumentNames();
        List<ScanDetail> rows = result.getItems() == null ? List.of()
                : result.getItems().stream().map(s -> ScanDetail.of(s, names, m)).toList();
        boolean all = shell.admin() && shell.organisationId().isEmpty();
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter(m.filter_all(), "/scans", filter == null));
        for (ScanStatus st : ScanStatus.values()) {
            filters.add(new Filter(ScanDetail.statusLabel(st.getValue(), m), "/scans?status=" + st.getValue(), st == filter));
        }
        return shell.respond(200, Templates.list(rows, filters, filter == null ? "" : filter.getValue(), pager.page(),
                pager.pages(), pager.previousUrl(), pager.nextUrl(), total, all));
    }

    // --- a new scan ---

    @GET
    @Path("nieuw")
    public Response newScan(@QueryParam("instrument") String instrument) {
        requireManager();
        ScanForm form = ScanForm.blank(instrument, shell.organisationId(), OffsetDateTime.now(), Formats.AMSTERDAM);
        return shell.respond(200, Templates.form(form, options(form.instrumentKey()), Map.of(), askOrganisation(),
                UUID.randomUUID().toString()));
    }

    @POST
    @Path("nieuw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> values) {
        requireManager();
        ScanForm form = ScanForm.from(single(values));
        String idem = values.getFirst("idem");
        String key = idem == null || idem.isBlank() || idem.length() > 100 ? UUID.randomUUID().toString() : idem;
        ScansMessages m = msg();
        Map<String, String> errors = new LinkedHashMap<>();
        form.errors(askOrganisation(), Formats.AMSTERDAM).forEach((field, messageKey) -> errors.put(field, text(m, messageKey)));
        if (errors.isEmpty()) {
            String org = askOrganisation() ? form.organisationId().trim() : shell.organisationId();
            ScanForm.Parsed p = form.parsed(org, Formats.AMSTERDAM);
            CreateScan req = new CreateScan().instrumentKey(p.instrumentKey()).organisationId(p.organisationId())
                    .title(p.title()).unitLabel(p.unitLabel()).opensAt(p.opensAt()).closesAt(p.closesAt())
                    .anonymityThreshold(p.anonymityThreshold()).expectedPopulation(p.expectedPopulation());
            try {
                ScanView created = Api.call(() -> scans.createScan(req, "web-create-" + key));
                return Response.seeOther(URI.create("/scans/" + created.getId() + "?melding=aangemaakt")).build();
            } catch (ApiRefusal e) {
                ApiProblem problem = e.problem();
                if (problem.status() != 400 && problem.status() != 422) {
                    throw e;
                }
                for (String field : ScanForm.FIELDS) {
                    String error = problem.errorFor(field);
                    if (error != null) {
                        errors.put(field, apiText(m, field, error));
                    }
                }
                String version = problem.errorFor("instrumentVersion");
                if (version != null) {
                    errors.putIfAbsent("instrumentKey", m.error_instrument_unpublished());
                }
                if (errors.isEmpty()) {
                    errors.put("title", problem.detail().isBlank() ? m.error_refused() : problem.detail());
                }
            }
        }
        return shell.respond(422, Templates.form(form, options(form.instrumentKey()), errors, askOrganisation(), key));
    }

    // --- a scan ---

    @GET
    @Path("{id}")
    public Response scan(@PathParam("id") String id, @QueryParam("melding") String notice) {
        requireManager();
        ScanDetail s = detail(id);
        ScansMessages m = msg();
        String text = switch (notice == null ? "" : notice) {
            case "aangemaakt" -> m.notice_created();
            case "geopend" -> m.notice_opened();
            case "link-ingetrokken" -> m.notice_link_revoked();
            case "veranderd" -> m.notice_conflict();
            default -> null;
        };
        String kind = "veranderd".equals(notice) ? "warn" : "ok";
        return shell.respond(200, scanPage(s, text, kind, "", null));
    }

    private TemplateInstance scanPage(ScanDetail s, String notice, String kind, String count, String countError) {
        return Templates.scan(s, notice, kind, count, countError, UUID.randomUUID().toString(), openLink(s), Codes.MAX);
    }

    @POST
    @Path("{id}/openen")
    public Response open(@PathParam("id") String id) {
        requireManager();
        UUID scanId = uuid(id);
        try {
            Api.call(() -> scans.openScan(scanId));
        } catch (ApiRefusal e) {
            return conflict(e, id);
        }
        return Response.seeOther(URI.create("/scans/" + id + "?melding=geopend")).build();
    }

    /** The codes just made: shown in the answer to the POST only, never kept (also not by the browser's cache). */
    @POST
    @Path("{id}/codes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response makeCodes(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        requireManager();
        UUID scanId = uuid(id);
        String countValue = values.getFirst("count") == null ? "" : values.getFirst("count").trim();
        Integer count = ScanForm.integer(countValue);
        ScansMessages m = msg();
        if (count == null || count < 1 || count > Codes.MAX) {
            return shell.respond(422, scanPage(detail(id), null, null, countValue, m.error_count(Codes.MAX)));
        }
        String idem = values.getFirst("idem");
        String key = "web-codes-" + (idem == null || idem.isBlank() || idem.length() > 100 ? UUID.randomUUID() : idem);
        ApiResponse<IssuedCodes> answer;
        try {
            answer = Api.call(() -> invitations.issueCodesWithHttpInfo(scanId, new IssueRequest().count(count), key));
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.status() == 400 || p.status() == 422) {
                String error = p.errorFor("count");
                return shell.respond(422, scanPage(detail(id), null, null, countValue, error == null ? m.error_count(Codes.MAX) : error));
            }
            return conflict(e, id);
        }
        IssuedCodes issued = answer.getData();
        List<Codes.Code> codes = issued.getCodes() == null ? List.of()
                : issued.getCodes().stream().map(c -> new Codes.Code(c.getCode(), c.getLink())).toList();
        boolean replayed = answer.getHeaders() != null && answer.getHeaders().entrySet().stream()
                .anyMatch(h -> h.getKey().equalsIgnoreCase("Idempotent-Replayed") && h.getValue().contains("true"));
        return noStore(shell.respond(200, Templates.codes(detail(id), codes, replayed)));
    }

    @POST
    @Path("{id}/codes.csv")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/csv")
    public Response codesCsv(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        requireManager();
        ScanDetail s = detail(id);
        List<Codes.Code> codes = carried(values);
        return ApiDownload.attachment(Codes.csv(codes), "text/csv; charset=UTF-8", Codes.fileName(s.title(), "-codes.csv"));
    }

    @POST
    @Path("{id}/codes/afdrukken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response printSlips(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        requireManager();
        ScanDetail s = detail(id);
        List<Codes.Code> codes = carried(values);
        ScansMessages m = msg();
        List<Slip> slips = codes.stream()
                .map(c -> new Slip(c.code(), c.link(), new RawString(QrSvg.svg(c.link(), m.slip_qr_title(c.code()))))).toList();
        return noStore(shell.respond(200, Templates.slips(s, Codes.sheets(slips), slips.size())));
    }

    @POST
    @Path("{id}/open-link")
    public Response makeOpenLink(@PathParam("id") String id) {
        requireManager();
        UUID scanId = uuid(id);
        OpenLinkView made;
        try {
            made = Api.call(() -> invitations.createOpenLink(scanId, new CreateOpenLink()));
        } catch (ApiRefusal e) {
            return conflict(e, id);
        }
        String link = made.getLink() == null ? "" : made.getLink();
        RawString qr = new RawString(link.isEmpty() ? "" : QrSvg.svg(link, msg().openlink_qr_title()));
        return noStore(shell.respond(200, Templates.openLink(detail(id), link, qr)));
    }

    @POST
    @Path("{id}/open-link/intrekken")
    public Response revokeOpenLink(@PathParam("id") String id) {
        requireManager();
        UUID scanId = uuid(id);
        try {
            Api.run(() -> invitations.revokeOpenLink(scanId));
        } catch (ApiRefusal e) {
            if (e.problem().status() != 404) {
                return conflict(e, id);
            }
        }
        return Response.seeOther(URI.create("/scans/" + id + "?melding=link-ingetrokken")).build();
    }

    @GET
    @Path("{id}/sluiten")
    public Response confirmClose(@PathParam("id") String id) {
        requireManager();
        ScanDetail s = detail(id);
        if (!s.open()) {
            return Response.seeOther(URI.create("/scans/" + id)).build();
        }
        return shell.respond(200, Templates.close(s));
    }

    @POST
    @Path("{id}/sluiten")
    public Response close(@PathParam("id") String id) {
        requireManager();
        UUID scanId = uuid(id);
        try {
            Api.call(() -> scans.closeScan(scanId));
        } catch (ApiRefusal e) {
            return conflict(e, id);
        }
        return Response.seeOther(URI.create("/scans/" + id + "/resultaten")).build();
    }

    // --- shared ---

    /** A move the scan's state no longer allows (someone else, or the schedule, was first): its page says so. */
    private Response conflict(ApiRefusal e, String id) {
        if (e.problem().status() == 409) {
            return Response.seeOther(URI.create("/scans/" + id + "?melding=veranderd")).build();
        }
        throw e;
    }

    private ScanDetail detail(String id) {
        return access.detail(id);
    }

    private OpenLinkState openLink(ScanDetail s) {
        if (!s.open()) {
            return null;
        }
        try {
            OpenLinkView v = Api.call(() -> invitations.getOpenLink(UUID.fromString(s.id())));
            return new OpenLinkState(Boolean.TRUE.equals(v.getActive()), v.getResponses() == null ? 0 : v.getResponses());
        } catch (ApiRefusal e) {
            if (e.problem().status() == 404) {
                return new OpenLinkState(false, 0);
            }
            return null; // the page works without it
        }
    }

    private List<Codes.Code> carried(MultivaluedMap<String, String> values) {
        List<Codes.Code> codes = Codes.read(values.get("code"), values.get("link"));
        if (codes.isEmpty()) {
            throw new ApiRefusal(new ApiProblem(400, "bad-request", "", msg().error_codes_missing(), Map.of(), Optional.empty()));
        }
        return codes;
    }

    private List<Option> options(String selected) {
        return access.published().stream().map(i -> new Option(i.getKey(), i.getName() == null ? i.getKey() : i.getName(),
                i.getKey().equals(selected))).toList();
    }

    /** An admin names the organisation; an org-manager's is their own. */
    private boolean askOrganisation() {
        return shell.organisationId().isEmpty();
    }

    private void requireManager() {
        access.requireManager();
    }

    private static UUID uuid(String id) {
        return ScanAccess.uuid(id);
    }

    private static ScanStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        for (ScanStatus s : ScanStatus.values()) {
            if (s.getValue().equalsIgnoreCase(status.trim())) {
                return s;
            }
        }
        return null;
    }

    private static String text(ScansMessages m, String key) {
        return switch (key) {
            case "error_instrument" -> m.error_instrument();
            case "error_title" -> m.error_title();
            case "error_too_long" -> m.error_too_long();
            case "error_population" -> m.error_population();
            case "error_date" -> m.error_date();
            case "error_closes_before_opens" -> m.error_closes_before_opens();
            case "error_threshold" -> m.error_threshold();
            case "error_organisation" -> m.error_organisation();
            default -> m.error_refused();
        };
    }

    /** The API's refusal of a field, in the page's words where we know the rule, else as the API says it. */
    private static String apiText(ScansMessages m, String field, String apiMessage) {
        return switch (field) {
            case "closesAt" -> apiMessage.contains("after") ? m.error_closes_before_opens() : apiMessage;
            case "anonymityThreshold" -> m.error_threshold();
            case "expectedPopulation" -> m.error_population();
            case "instrumentKey" -> m.error_instrument_unknown();
            case "organisationId" -> m.error_organisation_unknown();
            default -> apiMessage;
        };
    }


    private static Response noStore(Response r) {
        return Response.fromResponse(r).header("Cache-Control", "no-store").build();
    }

    private static Map<String, String> single(MultivaluedMap<String, String> form) {
        Map<String, String> m = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (v != null && !v.isEmpty() && v.get(0) != null) {
                m.put(k, v.get(0));
            }
        });
        return m;
    }
}
