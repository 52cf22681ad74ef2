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
import nl.leercultuur.client.survey.api.InstrumentsApi;
import nl.leercultuur.client.survey.model.DraftRequest;
import nl.leercultuur.client.survey.model.InstrumentDetail;
import nl.leercultuur.client.survey.model.InstrumentSummary;
import nl.leercultuur.client.survey.model.PageInstrumentSummary;
import nl.leercultuur.client.survey.model.Status;
import nl.leercultuur.client.survey.model.StatusChange;
import nl.leercultuur.client.survey.model.VersionSummary;
import nl.leercultuur.client.survey.model.VersionView;
import nl.leercultuur.web.api.Api;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.api.Gateway;
import nl.leercultuur.web.shell.Shell;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The instrument library for administrators (survey-service): every instrument, built in or custom; an instrument's
 * versions with their status, one version's questions readable as respondents see them (Dutch or English), and the
 * lifecycle moves it allows (publish a draft, retire a published version) each after a confirmation. A new draft is
 * made as a copy of the newest published version (its content is edited through the API).
 */
@Path("/beheer/instrumenten")
@Produces(MediaType.TEXT_HTML)
public class InstrumentPages {

    static final int PAGE_SIZE = 20;

    /** A move the lifecycle allows from a version's status: its address word and the status it leads to. */
    public record Move(String slug, String target) {
    }

    /** One row of the versions table. */
    public record VersionRow(int version, String status, OffsetDateTime createdAt, OffsetDateTime publishedAt,
                             List<Move> moves, boolean shown) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<InstrumentSummary> items, Pager pager);

        static native TemplateInstance instrument(InstrumentSummary i, List<VersionRow> versions, Integer shown,
                                                  String shownStatus, List<InstrumentContent.Part> parts,
                                                  List<String> languages, String contentLang, Integer draftFrom,
                                                  Integer existingDraft, String notice, boolean problem);

        static native TemplateInstance confirmStatus(InstrumentSummary i, String name, int version, String target, String slug);
    }

    private final InstrumentsApi api;
    private final Shell shell;

    InstrumentPages(Gateway gateway, Shell shell) {
        this.api = new InstrumentsApi(gateway.survey());
        this.shell = shell;
    }

    @GET
    public Response list(@QueryParam("pagina") String pagina) {
        AdminOnly.require(shell);
        int page = Pager.requested(pagina);
        PageInstrumentSummary result = Api.call(() -> api.listInstruments(Pager.apiPage(page), PAGE_SIZE));
        long total = result.getTotal() == null ? 0 : result.getTotal();
        Pager pager = Pager.of(page, PAGE_SIZE, total, "/beheer/instrumenten", Map.of());
        List<InstrumentSummary> items = result.getItems() == null ? List.of() : result.getItems();
        return shell.respond(200, Templates.list(items, pager));
    }

    @GET
    @Path("{key}")
    public Response instrument(@PathParam("key") String key, @QueryParam("versie") Integer version,
                               @QueryParam("inhoud") String contentLang, @QueryParam("klaar") String done) {
        AdminOnly.require(shell);
        InstrumentDetail d = Api.call(() -> api.getInstrument(key));
        AdminMessages m = AdminOnly.msg(shell);
        String notice = switch (done == null ? "" : done) {
            case "gepubliceerd" -> version == null ? null : m.published_notice(version);
            case "ingetrokken" -> version == null ? null : m.retired_notice(version);
            case "concept" -> version == null ? null : m.draft_made(version);
            default -> null;
        };
        return render(200, d, version, contentLang, notice, false);
    }

    /** The instrument page; the shown version's content is read once more unless it is the published one in hand. */
    private Response render(int status, InstrumentDetail d, Integer asked, String contentLang, String notice, boolean problem) {
        InstrumentSummary i = d.getInstrument();
        List<VersionSummary> versions = d.getVersions() == null ? List.of()
                : d.getVersions().stream().sorted(Comparator.comparing(VersionSummary::getVersion,
                        Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        Integer shown = VersionMoves.shown(versions, asked);
        VersionView content = null;
        if (shown != null) {
            VersionView published = d.getPublished();
            content = published != null && shown.equals(published.getVersion()) ? published
                    : Api.call(() -> api.getInstrumentVersion(i.getKey(), shown));
        }
        List<String> languages = content != null && content.getDefinition() != null && content.getDefinition().getLanguages() != null
                ? content.getDefinition().getLanguages() : i.getLanguages() == null ? List.of("nl") : i.getLanguages();
        String lang = VersionMoves.contentLanguage(contentLang, shell.lang(), languages);
        AdminMessages inContentLang = io.quarkus.qute.i18n.MessageBundles.get(AdminMessages.class,
                io.quarkus.qute.i18n.Localized.Literal.of(lang));
        List<InstrumentContent.Part> parts = content == null ? List.of()
                : InstrumentContent.of(content.getDefinition(), lang, inContentLang.yes(), inContentLang.no());
        List<VersionRow> rows = versions.stream().filter(v -> v.getVersion() != null).map(v -> new VersionRow(v.getVersion(),
                v.getStatus(), v.getCreatedAt(), v.getPublishedAt(),
                VersionMoves.from(v.getStatus()).stream().map(t -> new Move(VersionMoves.slug(t), t)).toList(),
                v.getVersion().equals(shown))).toList();
        Integer draft = VersionMoves.draft(versions);
        Integer draftFrom = draft == null && d.getPublished() != null ? d.getPublished().getVersion() : null;
        return shell.respond(status, Templates.instrument(i, rows, shown, content == null ? null : content.getStatus(),
                parts, languages, lang, draftFrom, draft, notice, problem));
    }

    // --- the lifecycle ---

    @GET
    @Path("{key}/versies/{version}/{move}")
    public Response confirmStatus(@PathParam("key") String key, @PathParam("version") int version, @PathParam("move") String move) {
        AdminOnly.require(shell);
        String target = VersionMoves.target(move);
        InstrumentDetail d = Api.call(() -> api.getInstrument(key));
        String current = statusOf(d, version);
        if (target == null || current == null) {
            throw notFound();
        }
        if (!VersionMoves.allowed(current, target)) {
            AdminMessages m = AdminOnly.msg(shell);
            return render(409, d, version, null, m.status_conflict(version, statusLabel(current)), true);
        }
        return shell.respond(200, Templates.confirmStatus(d.getInstrument(),
                d.getInstrument().getName() == null ? key : d.getInstrument().getName(), version, target, move));
    }

    @POST
    @Path("{key}/versies/{version}/{move}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@PathParam("key") String key, @PathParam("version") int version, @PathParam("move") String move) {
        AdminOnly.require(shell);
        String target = VersionMoves.target(move);
        if (target == null) {
            throw notFound();
        }
        try {
            Api.call(() -> api.setInstrumentVersionStatus(key, version, new StatusChange().status(Status.fromValue(target))));
            return seeOther("/beheer/instrumenten/" + encode(key) + "?versie=" + version + "&klaar="
                    + (VersionMoves.PUBLISHED.equals(target) ? "gepubliceerd" : "ingetrokken"));
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.status() == 409 || p.status() == 422) {
                // someone else moved it meanwhile, or the service refused the content: say which, with the versions as they are now
                InstrumentDetail d = Api.call(() -> api.getInstrument(key));
                AdminMessages m = AdminOnly.msg(shell);
                String now = statusOf(d, version);
                String text = now != null && !VersionMoves.allowed(now, target)
                        ? m.status_conflict(version, statusLabel(now)) : m.conflict_detail(p.detail());
                return render(409, d, version, null, text, true);
            }
            throw e;
        }
    }

    // --- a new draft ---

    @POST
    @Path("{key}/concept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draft(@PathParam("key") String key, MultivaluedMap<String, String> body) {
        AdminOnly.require(shell);
        InstrumentDetail d = Api.call(() -> api.getInstrument(key));
        AdminMessages m = AdminOnly.msg(shell);
        Integer existing = VersionMoves.draft(d.getVersions());
        if (existing != null) {
            // the API would replace that draft's content: never without the admin seeing it
            return render(409, d, existing, null, m.draft_exists(existing), true);
        }
        VersionView published = d.getPublished();
        if (published == null || published.getDefinition() == null) {
            throw notFound();
        }
        try {
            VersionView made = Api.call(() -> api.createInstrumentDraft(key, new DraftRequest().definition(published.getDefinition())));
            return seeOther("/beheer/instrumenten/" + encode(key) + "?versie=" + made.getVersion() + "&klaar=concept");
        } catch (ApiRefusal e) {
            if (e.problem().status() == 409 || e.problem().status() == 422 || e.problem().status() == 400) {
                InstrumentDetail fresh = Api.call(() -> api.getInstrument(key));
                return render(409, fresh, null, null, m.conflict_detail(e.problem().detail()), true);
            }
            throw e;
        }
    }

    private static String statusOf(InstrumentDetail d, int version) {
        return d.getVersions() == null ? null : d.getVersions().stream().filter(v -> Integer.valueOf(version).equals(v.getVersion()))
                .map(VersionSummary::getStatus).findFirst().orElse(null);
    }

    private String statusLabel(String status) {
        return AdminOnly.msg(shell).status(status);
    }

    private static ApiRefusal notFound() {
        return new ApiRefusal(new ApiProblem(404, "not-found", "Not Found", "", Map.of(), java.util.Optional.empty()));
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
