package nl.leercultuur.web.catalogue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import nl.leercultuur.client.catalog.api.CatalogueApi;
import nl.leercultuur.client.catalog.model.HistoryEntry;
import nl.leercultuur.client.catalog.model.ResourceView;
import nl.leercultuur.client.catalog.model.SearchResult;
import nl.leercultuur.client.catalog.model.Status;
import nl.leercultuur.client.catalog.model.Transition;
import nl.leercultuur.web.api.Api;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.api.Gateway;
import nl.leercultuur.web.catalogue.Moves.Move;
import nl.leercultuur.web.catalogue.Vocabulary.Group;
import nl.leercultuur.web.shell.Shell;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Curating the catalogue (curators and admins; sign-in required by the permissions): the entries per status, drafting
 * a new one, editing (with the version read, so that a change made meanwhile is not overwritten unseen), moving an
 * entry through review (only the moves the lifecycle and the caller's role allow now) and its history.
 */
@Path("/catalogus/beheer")
@Produces(MediaType.TEXT_HTML)
public class CurationPages {

    static final int PAGE_SIZE = 20;
    static final List<String> STATUSES = List.of("DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED");
    private static final Pattern UUID_IN_TEXT = Pattern.compile(CataloguePages.UUID_PATTERN);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(CurationList l);

        static native TemplateInstance entry(CurationView v, EntryView e);

        static native TemplateInstance form(FormPage f);
    }

    /** The list of entries with one status. */
    public record CurationList(String status, String statusLabel, List<Tab> tabs, String q, List<SearchPage.Card> items,
                               long total, Paging paging, String previousUrl, String nextUrl) {
    }

    public record Tab(String status, String label, long count, String href, boolean current) {
    }

    /** One entry's curation page. */
    public record CurationView(String notice, String error, String explanation, List<MoveButton> moves, String othersHint,
                               List<HistoryRow> history) {
    }

    public record MoveButton(String to, String label, String hint, boolean forward) {
    }

    public record HistoryRow(OffsetDateTime at, String who, String what) {
    }

    private final CatalogueApi api;
    private final Shell shell;

    CurationPages(Gateway gateway, Shell shell) {
        this.api = new CatalogueApi(gateway.catalog());
        this.shell = shell;
    }

    private CatalogueMessages msg() {
        return MessageBundles.get(CatalogueMessages.class, Localized.Literal.of(shell.lang()));
    }

    /** Signed in is not enough: curators and admins only (others get the 403 page). */
    private void requireCurator() {
        if (!shell.curator()) {
            throw new ApiRefusal(new ApiProblem(403, "forbidden", "", "", Map.of(), Optional.empty()));
        }
    }

    // --- the list ---

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("q") String q, @QueryParam("page") String page) {
        requireCurator();
        String current = status != null && STATUSES.contains(status) ? status : shell.admin() ? "IN_REVIEW" : "DRAFT";
        String words = q == null ? "" : q.strip();
        if (words.length() > SearchQuery.MAX_Q) {
            words = words.substring(0, SearchQuery.MAX_Q);
        }
        int p = 1;
        try {
            p = page == null ? 1 : Integer.parseInt(page);
        } catch (NumberFormatException e) {
            // page 1
        }
        // by title (best match with words): the API offers no order by last change, which a review queue would want
        SearchQuery query = new SearchQuery(words, List.of(), "", "", "", "", "", "", p);
        CatalogueMessages m = msg();
        CatalogueViews views = new CatalogueViews(m, shell.lang());
        List<Tab> tabs = new ArrayList<>();
        SearchResult shown = null;
        for (String s : STATUSES) {
            SearchResult r = CataloguePages.find(api, s.equals(current) ? query : query.atPage(1), Status.fromValue(s),
                    s.equals(current) ? PAGE_SIZE : 1);
            if (s.equals(current)) {
                shown = r;
            }
            tabs.add(new Tab(s, views.label(Group.STATUS, s), r.getTotal() == null ? 0 : r.getTotal(),
                    listUrl(s, words, 1), s.equals(current)));
        }
        long total = shown.getTotal() == null ? 0 : shown.getTotal();
        Paging paging = Paging.of(total, PAGE_SIZE, query.page());
        List<SearchPage.Card> cards = CataloguePages.items(shown).stream().map(v -> views.card(v, "/catalogus/beheer/", null)).toList();
        return shell.page(Templates.list(new CurationList(current, views.label(Group.STATUS, current), tabs, words, cards, total,
                paging, listUrl(current, words, paging.previous()), listUrl(current, words, paging.next()))));
    }

    static String listUrl(String status, String q, int page) {
        StringBuilder b = new StringBuilder("/catalogus/beheer?status=").append(status);
        if (q != null && !q.isEmpty()) {
            b.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (page > 1) {
            b.append("&page=").append(page);
        }
        return b.toString();
    }

    // --- one entry ---

    @GET
    @Path("{id: " + CataloguePages.UUID_PATTERN + "}")
    public Response entry(@PathParam("id") String id, @QueryParam("klaar") String done) {
        requireCurator();
        return entryPage(200, UUID.fromString(id), doneText(done), null);
    }

    private Response entryPage(int status, UUID id, String notice, String error) {
        ResourceView v = Api.call(() -> api.getResource(id));
        List<HistoryEntry> history = Api.call(() -> api.getResourceHistory(id));
        CatalogueMessages m = msg();
        CatalogueViews views = new CatalogueViews(m, shell.lang());
        String st = v.getStatus() == null ? "" : v.getStatus();
        List<MoveButton> moves = new ArrayList<>();
        for (Move mv : Moves.allowed(st, shell.curator(), shell.admin())) {
            moves.add(new MoveButton(mv.to, moveLabel(m, mv), moveHint(m, mv), mv.forward()));
        }
        String others = Moves.forOthers(st, shell.curator(), shell.admin()).isEmpty() ? null : m.moves_admin_only();
        List<HistoryRow> rows = history == null ? List.of() : history.stream()
                .map(h -> new HistoryRow(h.getAt(), who(h.getActor(), m), what(h, m))).toList();
        CurationView cv = new CurationView(notice, error, explanation(m, st), moves, others, rows);
        return shell.respond(status, Templates.entry(cv, views.entry(v)));
    }

    /** The API names people by their account id: "you" for the reader, otherwise without a name (it has none to give). */
    String who(String subject, CatalogueMessages m) {
        if (subject == null || subject.isBlank()) {
            return "";
        }
        if (subject.equals(shell.subject())) {
            return m.who_you();
        }
        return "seed".equals(subject) ? m.who_seed() : m.who_colleague();
    }

    static String what(HistoryEntry h, CatalogueMessages m) {
        String action = h.getAction() == null ? "" : h.getAction();
        return switch (action) {
            case "created" -> m.hist_created();
            case "shared" -> m.hist_shared();
            case "edited" -> m.hist_edited();
            case "status" -> switch (h.getToStatus() == null ? "" : h.getToStatus()) {
                case "IN_REVIEW" -> m.hist_IN_REVIEW();
                case "PUBLISHED" -> m.hist_PUBLISHED();
                case "ARCHIVED" -> m.hist_ARCHIVED();
                case "DRAFT" -> m.hist_DRAFT();
                default -> h.getFromStatus() + " → " + h.getToStatus();
            };
            default -> action;
        };
    }

    private static String explanation(CatalogueMessages m, String status) {
        return switch (status) {
            case "DRAFT" -> m.cur_explain_DRAFT();
            case "IN_REVIEW" -> m.cur_explain_IN_REVIEW();
            case "PUBLISHED" -> m.cur_explain_PUBLISHED();
            case "ARCHIVED" -> m.cur_explain_ARCHIVED();
            default -> "";
        };
    }

    static String moveLabel(CatalogueMessages m, Move mv) {
        return switch (mv) {
            case SUBMIT -> m.move_SUBMIT();
            case PUBLISH -> m.move_PUBLISH();
            case BACK_TO_DRAFT -> m.move_BACK_TO_DRAFT();
            case ARCHIVE -> m.move_ARCHIVE();
            case REOPEN -> m.move_REOPEN();
        };
    }

    static String moveHint(CatalogueMessages m, Move mv) {
        return switch (mv) {
            case SUBMIT -> m.move_hint_SUBMIT();
            case PUBLISH -> m.move_hint_PUBLISH();
            case BACK_TO_DRAFT -> m.move_hint_BACK_TO_DRAFT();
            case ARCHIVE -> m.move_hint_ARCHIVE();
            case REOPEN -> m.move_hint_REOPEN();
        };
    }

    private String doneText(String done) {
        if (done == null) {
            return null;
        }
        CatalogueMessages m = msg();
        return switch (done) {
            case "aangemaakt" -> m.done_created();
            case "opgeslagen" -> m.done_saved();
            case "IN_REVIEW" -> m.done_IN_REVIEW();
            case "PUBLISHED" -> m.done_PUBLISHED();
            case "DRAFT" -> m.done_DRAFT();
            case "ARCHIVED" -> m.done_ARCHIVED();
            default -> null;
        };
    }

    // --- moving through review ---

    @POST
    @Path("{id: " + CataloguePages.UUID_PATTERN + "}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        requireCurator();
        UUID uuid = UUID.fromString(id);
        String target = form.getFirst("naar");
        String from = form.getFirst("van");
        CatalogueMessages m = msg();
        if (target == null || !STATUSES.contains(target)) {
            return entryPage(400, uuid, null, m.err_unknown_choice());
        }
        if (from != null && Moves.find(from, target, shell.curator(), shell.admin()) == null) {
            return entryPage(403, uuid, null, m.move_forbidden());
        }
        try {
            Api.call(() -> api.moveResource(uuid, new Transition().status(Status.fromValue(target))));
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.status() == 409) {
                ResourceView now = Api.call(() -> api.getResource(uuid));
                return entryPage(409, uuid, null, m.move_conflict(Vocabulary.label(Group.STATUS, now.getStatus(), shell.lang())));
            }
            if (p.status() == 403) {
                return entryPage(403, uuid, null, m.move_forbidden());
            }
            throw e;
        }
        return Response.seeOther(URI.create("/catalogus/beheer/" + uuid + "?klaar=" + target)).build();
    }

    // --- drafting and editing ---

    @GET
    @Path("nieuw")
    public Response newForm() {
        requireCurator();
        return form(200, null, null, EntryForm.blank(), Map.of(), Map.of(), null, null);
    }

    @POST
    @Path("nieuw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        requireCurator();
        EntryForm f = EntryForm.from(posted);
        Map<String, String> errors = texts(f.validate());
        if (!errors.isEmpty()) {
            return form(422, null, null, f, errors, Map.of(), null, null);
        }
        String key = posted.getFirst("idem");
        try {
            ResourceView v = Api.call(() -> api.createResource(f.toInput(), key == null || key.isBlank() ? null : key));
            return Response.seeOther(URI.create("/catalogus/beheer/" + v.getId() + "?klaar=aangemaakt")).build();
        } catch (ApiRefusal e) {
            return refused(e, null, null, f);
        }
    }

    @GET
    @Path("{id: " + CataloguePages.UUID_PATTERN + "}/bewerken")
    public Response editForm(@PathParam("id") String id) {
        requireCurator();
        ResourceView v = Api.call(() -> api.getResource(UUID.fromString(id)));
        return form(200, UUID.fromString(id), v.getTitle(), EntryForm.of(v), Map.of(), Map.of(), null, null);
    }

    @POST
    @Path("{id: " + CataloguePages.UUID_PATTERN + "}/bewerken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        requireCurator();
        UUID uuid = UUID.fromString(id);
        EntryForm f = EntryForm.from(posted);
        String title = posted.getFirst("originalTitle");
        Map<String, String> errors = texts(f.validate());
        if (!errors.isEmpty()) {
            return form(422, uuid, title, f, errors, Map.of(), null, null);
        }
        try {
            Api.call(() -> api.updateResource(uuid, f.toInput(), f.ifMatch()));
            return Response.seeOther(URI.create("/catalogus/beheer/" + uuid + "?klaar=opgeslagen")).build();
        } catch (ApiRefusal e) {
            return refused(e, uuid, title, f);
        }
    }

    /**
     * What the API refused, on the form: field errors next to their fields; a duplicate with a link to the entry that
     * exists; a stale version (someone saved meanwhile) with, beside each field that changed, what is stored now, and
     * the form based on the stored version so that saving again is a choice made knowingly.
     */
    private Response refused(ApiRefusal e, UUID id, String title, EntryForm f) {
        ApiProblem p = e.problem();
        CatalogueMessages m = msg();
        if (p.status() == 400 || p.status() == 422) {
            Map<String, String> errors = new LinkedHashMap<>();
            p.errors().forEach((field, message) -> {
                String formField = EntryForm.formField(field);
                if (formField != null) {
                    errors.putIfAbsent(formField, message);
                }
            });
            if (errors.isEmpty()) {
                throw e;
            }
            return form(422, id, title, f, errors, Map.of(), null, null);
        }
        if (p.status() == 409 && p.is("duplicate")) {
            Matcher mt = UUID_IN_TEXT.matcher(p.detail());
            String href = mt.find() ? "/catalogus/beheer/" + mt.group() : null;
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("title", m.err_duplicate());
            if (!f.url().isEmpty()) {
                errors.put("url", m.err_duplicate());
            }
            return form(409, id, title, f, errors, Map.of(), null, href);
        }
        if (id != null && (p.status() == 412 || p.status() == 409 && p.is("stale-version"))) {
            ResourceView now = Api.call(() -> api.getResource(id));
            EntryForm stored = EntryForm.of(now);
            Map<String, String> changed = new LinkedHashMap<>();
            CatalogueViews views = new CatalogueViews(m, shell.lang());
            for (String field : f.differences(stored)) {
                changed.put(field, m.stale_now(display(stored, field, views, m)));
            }
            return form(409, id, now.getTitle(), f.withVersion(now.getVersion()), Map.of(), changed, m.stale(), null);
        }
        throw e;
    }

    /** A stored value as the curator reads it (labels, not keys), for "stored now: …". */
    static String display(EntryForm f, String field, CatalogueViews v, CatalogueMessages m) {
        String s = switch (field) {
            case "kind" -> v.label(Group.KIND, f.kind());
            case "title" -> f.title();
            case "summary" -> f.summary();
            case "authors" -> f.authors();
            case "organisation" -> f.organisation();
            case "publisher" -> f.publisher();
            case "year" -> f.year();
            case "language" -> v.label(Group.LANGUAGE, f.language());
            case "url" -> f.url();
            case "duration" -> f.duration();
            case "audience" -> String.join(", ", f.audience().stream().map(k -> v.label(Group.AUDIENCE, k)).toList());
            case "themes" -> String.join(", ", f.themes().stream().map(k -> v.label(Group.THEME, k)).toList());
            case "concepts" -> String.join(", ", f.concepts().stream().map(k -> v.label(Group.CONCEPT, k)).toList());
            case "dimensions" -> String.join(", ", f.dimensions().stream().map(k -> v.label(Group.DIMENSION, k)).toList());
            case "sector" -> v.label(Group.SECTOR, f.sector());
            case "category" -> v.label(Group.CATEGORY, f.category());
            case "successFactors" -> f.successFactors();
            default -> "";
        };
        return s == null || s.isEmpty() ? m.empty_value() : s;
    }

    private Map<String, String> texts(Map<String, EntryForm.Problem> problems) {
        CatalogueMessages m = msg();
        Map<String, String> out = new LinkedHashMap<>();
        problems.forEach((field, p) -> out.put(field, switch (p) {
            case REQUIRED -> "kind".equals(field) ? m.err_choose_kind() : m.err_required();
            case TOO_LONG -> m.err_too_long(EntryForm.MAX_LENGTH.getOrDefault(field, 0));
            case NOT_A_NUMBER -> m.err_not_a_number();
            case YEAR_RANGE -> m.err_year_range();
            case DURATION_RANGE -> m.err_duration_range();
            case NOT_A_URL -> m.err_not_a_url();
            case UNKNOWN_CHOICE -> m.err_unknown_choice();
        }));
        return out;
    }

    private Response form(int status, UUID id, String title, EntryForm f, Map<String, String> errors, Map<String, String> now,
                          String conflict, String duplicateHref) {
        CatalogueMessages m = msg();
        boolean isNew = id == null;
        List<FormPage.Section> sections = FormPage.sections(f, errors, now, m, shell.lang());
        String heading = isNew ? m.form_new_title() : m.form_edit_title(title == null || title.isBlank() ? f.title() : title);
        FormPage page = new FormPage(heading, title == null ? "" : title, isNew ? "/catalogus/beheer/nieuw" : "/catalogus/beheer/" + id + "/bewerken", isNew,
                f.version(), UUID.randomUUID().toString(), sections, FormPage.errorLinks(errors, sections), conflict,
                duplicateHref, isNew ? "/catalogus/beheer" : "/catalogus/beheer/" + id, isNew ? m.form_create() : m.form_save());
        return shell.respond(status, Templates.form(page));
    }

}
