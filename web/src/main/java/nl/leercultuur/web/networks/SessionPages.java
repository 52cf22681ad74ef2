package nl.leercultuur.web.networks;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.client.network.model.Evaluation;
import nl.leercultuur.client.network.model.EvaluationSummary;
import nl.leercultuur.client.network.model.IdeaView;
import nl.leercultuur.client.network.model.NetworkView;
import nl.leercultuur.client.network.model.NewIdea;
import nl.leercultuur.client.network.model.NewReflection;
import nl.leercultuur.client.network.model.Outputs;
import nl.leercultuur.client.network.model.ParticipantView;
import nl.leercultuur.client.network.model.Presence;
import nl.leercultuur.client.network.model.Register;
import nl.leercultuur.client.network.model.Resources;
import nl.leercultuur.web.api.Api;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.networks.NetViews.AttendanceRow;
import nl.leercultuur.web.networks.NetViews.Choice;
import nl.leercultuur.web.networks.NetViews.Form;
import nl.leercultuur.web.networks.NetViews.IdeaItem;
import nl.leercultuur.web.networks.NetViews.NetworkInfo;
import nl.leercultuur.web.networks.NetViews.Person;
import nl.leercultuur.web.networks.NetViews.ReflectionItem;
import nl.leercultuur.web.networks.NetViews.ResourceItem;
import nl.leercultuur.web.networks.NetViews.SessionItem;
import nl.leercultuur.web.shell.Shell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One session of a network: when and where, registering, ideas with votes (htmx swaps an idea's count in place),
 * reflections and quotes, linked catalogue entries, the evaluation after it was held, and for facilitators presence
 * and marking it held. Every action is a plain form (Post/Redirect/Get) that htmx may enhance.
 */
@Path("/netwerken/{id}/bijeenkomsten/{sid: [0-9a-fA-F-]{36}}")
@Produces(MediaType.TEXT_HTML)
public class SessionPages {

    /** The evaluation as shown: how many, the average, the comments. */
    public record EvaluationInfo(int count, String average, List<String> comments) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance session(NetworkInfo network, SessionItem s, boolean manages, boolean participant,
                                               List<AttendanceRow> attendance, List<IdeaItem> ideas,
                                               List<ReflectionItem> reflections, List<ResourceItem> resources,
                                               String resourcesText, EvaluationInfo evaluation, List<Choice> ratings,
                                               List<Person> registeredPeople, List<Person> otherPeople, boolean future,
                                               Form form, String notice, String voteMessage);

        static native TemplateInstance session$idea(IdeaItem idea);

        static native TemplateInstance session$vote_status(String voteMessage);
    }

    private final NetworkData data;
    private final NetworkPages networks;
    private final Shell shell;

    SessionPages(NetworkData data, NetworkPages networks, Shell shell) {
        this.data = data;
        this.networks = networks;
        this.shell = shell;
    }

    /** What every render and action needs: the network, the session, who the caller is there. */
    private record Ctx(NetworkView network, SessionRow session, List<ParticipantView> participants,
                       Optional<NetworkData.Me> me, boolean manages) {
        UUID myId() {
            return me.map(NetworkData.Me::participantId).orElse(null);
        }
    }

    private Ctx ctx(UUID id, UUID sid) {
        NetworkView n = data.network(id);
        SessionRow s = data.sessions(id).stream().filter(x -> x.id().equals(sid)).findFirst()
                .orElseThrow(() -> new ApiRefusal(new ApiProblem(404, "not-found", "", "", Map.of(), Optional.empty())));
        List<ParticipantView> ps = data.participants(id);
        return new Ctx(n, s, ps, data.me(n), data.manages(n));
    }

    @GET
    public Response session(@PathParam("id") UUID id, @PathParam("sid") UUID sid, @QueryParam("klaar") String done,
                            @QueryParam("aanwezig") String present) {
        return render(200, ctx(id, sid), Form.empty(""), networks.notice(done), NetworkPages.ids(present));
    }

    private Response render(int status, Ctx c, Form form, String notice) {
        return render(status, c, form, notice, Set.of());
    }

    private Response render(int status, Ctx c, Form form, String notice, Set<UUID> ticked) {
        NetMessages m = data.msg();
        UUID id = c.network().getId();
        SessionRow s = c.session();
        OffsetDateTime now = OffsetDateTime.now();
        Set<UUID> registered = c.me().map(NetworkData.Me::registered).orElse(Set.of());
        SessionItem item = networks.item(id, s, registered, now, m);
        Outputs out = Api.call(() -> data.learning().outputs(id, s.id()));
        List<IdeaItem> ideas = (out.getIdeas() == null ? List.<IdeaView>of() : out.getIdeas()).stream()
                .map(i -> idea(c, i)).toList();
        List<ReflectionItem> reflections = (out.getReflections() == null ? List.<nl.leercultuur.client.network.model.Reflection>of()
                : out.getReflections()).stream()
                .map(r -> new ReflectionItem(r.getKind(), "quote".equals(r.getKind()) ? m.refl_kind_quote() : m.refl_kind_reflection(), r.getText()))
                .toList();
        List<UUID> resourceIds = out.getResourceIds() == null ? List.of() : out.getResourceIds();
        List<ResourceItem> resources = resourceIds.stream().map(r -> resource(r, m)).toList();
        String resourcesText = form.is("resources") ? form.value("resources")
                : resourceIds.stream().map(r -> "/catalogus/" + r).collect(Collectors.joining("\n"));
        EvaluationSummary e = out.getEvaluation();
        EvaluationInfo evaluation = new EvaluationInfo(e == null || e.getCount() == null ? 0 : e.getCount(),
                e == null || e.getAverageRating() == null ? "" : average(e.getAverageRating()),
                e == null || e.getComments() == null ? List.of() : e.getComments());
        List<AttendanceRow> attendance = s.attendance().entrySet().stream()
                .map(a -> new AttendanceRow(data.organisationName(a.getKey()), a.getValue().registered(), a.getValue().present(),
                        a.getValue().absent(), a.getValue().excused()))
                .sorted((a, b) -> a.organisation().compareToIgnoreCase(b.organisation())).toList();
        List<Person> registeredPeople = new ArrayList<>();
        List<Person> otherPeople = new ArrayList<>();
        if (c.manages()) {
            Set<UUID> attending = data.attending(id, s.id(), c.participants());
            c.participants().stream().filter(p -> !Boolean.TRUE.equals(p.getErased())).forEach(p ->
                    (attending.contains(p.getId()) ? registeredPeople : otherPeople)
                            .add(networks.person(p, c.myId(), m).tick(ticked.contains(p.getId()))));
        }
        String selected = form.is("evaluation") ? form.value("rating") : "";
        List<Choice> ratings = new ArrayList<>();
        for (int r = 1; r <= 10; r++) {
            ratings.add(new Choice(String.valueOf(r), String.valueOf(r), String.valueOf(r).equals(selected)));
        }
        boolean future = s.startsAt() != null && s.startsAt().isAfter(now);
        return shell.respond(status, Templates.session(networks.info(c.network(), m), item, c.manages(), c.me().isPresent(), attendance,
                ideas, reflections, resources, resourcesText, evaluation, ratings, registeredPeople, otherPeople, future, form, notice, null));
    }

    private IdeaItem idea(Ctx c, IdeaView i) {
        return idea(c, i, VoteState.of(c.me().isPresent(), Boolean.TRUE.equals(i.getVotedByMe())));
    }

    private IdeaItem idea(Ctx c, IdeaView i, VoteState state) {
        UUID myId = c.myId();
        return new IdeaItem(i.getId(), i.getText(), i.getVotes() == null ? 0 : i.getVotes(), state,
                myId != null && myId.equals(i.getAuthorId()),
                "/netwerken/" + c.network().getId() + "/bijeenkomsten/" + c.session().id() + "/ideeen/" + i.getId() + "/stem");
    }

    private ResourceItem resource(UUID id, NetMessages m) {
        String title = null;
        try {
            title = Api.call(() -> data.catalogue().getResource(id)).getTitle();
        } catch (ApiRefusal e) {
            if (e.problem().status() == 401) {
                throw e;
            }
        }
        return new ResourceItem(id, title == null || title.isBlank() ? m.res_untitled(id.toString().substring(0, 8)) : title, "/catalogus/" + id);
    }

    private String average(BigDecimal avg) {
        NumberFormat f = NumberFormat.getNumberInstance(shell.locale());
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(avg.setScale(1, RoundingMode.HALF_UP));
    }

    // --- registering ---

    @POST
    @Path("aanmelden")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@PathParam("id") UUID id, @PathParam("sid") UUID sid) {
        NetMessages m = data.msg();
        Ctx c = ctx(id, sid);
        if (c.me().isEmpty()) {
            return render(403, c, new Form("register", Map.of(), Map.of(), m.err_participants_only()), null);
        }
        try {
            Api.call(() -> data.networks().register(id, sid, new Register().participantId(c.myId())));
            return done(id, sid, "aangemeld", "aanmelden");
        } catch (ApiRefusal e) {
            if (e.problem().is("session-not-scheduled")) {
                return render(409, ctx(id, sid), new Form("register", Map.of(), Map.of(), m.err_registration_closed()), null);
            }
            throw e;
        }
    }

    // --- ideas and votes ---

    @POST
    @Path("ideeen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addIdea(@PathParam("id") UUID id, @PathParam("sid") UUID sid, MultivaluedMap<String, String> form) {
        NetMessages m = data.msg();
        String text = value(form, "text");
        if (text.isBlank()) {
            return render(422, ctx(id, sid), new Form("idea", Map.of("text", text), Map.of("text", m.err_required()), null), null);
        }
        if (text.length() > 1000) {
            return render(422, ctx(id, sid), new Form("idea", Map.of("text", text), Map.of("text", m.err_too_long(1000)), null), null);
        }
        try {
            IdeaView added = Api.call(() -> data.learning().addIdea(id, sid, new NewIdea().text(text.trim())));
            return Response.seeOther(URI.create(base(id, sid) + "?klaar=idee#idee-" + added.getId())).build();
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.status() == 422 || p.status() == 400) {
                String err = p.errorFor("text");
                return render(422, ctx(id, sid), new Form("idea", Map.of("text", text), Map.of("text", err == null ? m.err_refused() : err), null), null);
            }
            if (p.status() == 403) {
                return render(403, ctx(id, sid), new Form("idea", Map.of("text", text), Map.of(), m.err_participants_only()), null);
            }
            throw e;
        }
    }

    @POST
    @Path("ideeen/{ideaId}/stem")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vote(@PathParam("id") UUID id, @PathParam("sid") UUID sid, @PathParam("ideaId") UUID ideaId,
                         @HeaderParam("HX-Request") String htmx) {
        NetMessages m = data.msg();
        boolean fragment = "true".equals(htmx);
        Ctx c = ctx(id, sid);
        int status;
        String type;
        IdeaView answered = null;
        try {
            answered = Api.call(() -> data.learning().vote(id, ideaId, sid));
            status = 200;
            type = "";
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.status() != 409 && p.status() != 403) {
                throw e;
            }
            status = p.status();
            type = p.type();
        }
        VoteState state = c.me().isEmpty() ? VoteState.NOT_ALLOWED : VoteState.afterVote(status, type);
        String message = status == 200 ? null : status == 409 ? m.vote_already() : m.err_participants_only();
        if (!fragment) {
            if (status == 403) {
                return render(403, c, new Form("vote", Map.of(), Map.of(), message), null);
            }
            return Response.seeOther(URI.create(base(id, sid) + "?klaar=" + (status == 200 ? "gestemd" : "al-gestemd") + "#idee-" + ideaId)).build();
        }
        IdeaView idea = answered;
        if (idea == null) {
            idea = Api.call(() -> data.learning().ideas(id, sid)).stream().filter(i -> i.getId().equals(ideaId)).findFirst()
                    .orElseThrow(() -> new ApiRefusal(new ApiProblem(404, "not-found", "", "", Map.of(), Optional.empty())));
        }
        IdeaItem item = idea(c, idea, state);
        String said = message != null ? message : m.vote_counted(item.votes());
        String html = shell.page(Templates.session$idea(item)).render() + shell.page(Templates.session$vote_status(said)).render();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE).build();
    }

    // --- reflections ---

    @POST
    @Path("reflecties")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reflect(@PathParam("id") UUID id, @PathParam("sid") UUID sid, MultivaluedMap<String, String> form) {
        NetMessages m = data.msg();
        String kind = "quote".equals(value(form, "kind")) ? "quote" : "reflection";
        String text = value(form, "text");
        Map<String, String> values = Map.of("kind", kind, "text", text);
        if (text.isBlank() || text.length() > 2000) {
            return render(422, ctx(id, sid), new Form("reflection", values,
                    Map.of("text", text.isBlank() ? m.err_required() : m.err_too_long(2000)), null), null);
        }
        try {
            Api.call(() -> data.learning().reflect(id, sid, new NewReflection().kind(kind).text(text.trim())));
            return done(id, sid, "reflectie", "reflecties");
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.status() == 422 || p.status() == 400) {
                String err = p.errorFor("text");
                return render(422, ctx(id, sid), new Form("reflection", values, Map.of("text", err == null ? m.err_refused() : err), null), null);
            }
            if (p.status() == 403) {
                return render(403, ctx(id, sid), new Form("reflection", values, Map.of(), m.err_participants_only()), null);
            }
            throw e;
        }
    }

    // --- linked catalogue entries (facilitators) ---

    @POST
    @Path("catalogus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resources(@PathParam("id") UUID id, @PathParam("sid") UUID sid, MultivaluedMap<String, String> form) {
        NetMessages m = data.msg();
        String text = value(form, "resources");
        FormLists.Ids parsed = FormLists.ids(text);
        Map<String, String> values = Map.of("resources", text);
        if (!parsed.unreadable().isEmpty()) {
            return render(422, ctx(id, sid), new Form("resources", values,
                    Map.of("resources", m.res_unreadable(String.join(", ", parsed.unreadable()))), null), null);
        }
        if (parsed.ids().size() > 50) {
            return render(422, ctx(id, sid), new Form("resources", values, Map.of("resources", m.res_too_many()), null), null);
        }
        try {
            Api.call(() -> data.learning().linkResources(id, sid, new Resources().resourceIds(parsed.ids())));
            return done(id, sid, "catalogus", "catalogus");
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.status() == 422 || p.status() == 400) {
                return render(422, ctx(id, sid), new Form("resources", values, Map.of("resources", m.err_refused()), null), null);
            }
            throw e;
        }
    }

    // --- evaluation (participants, after it was held) ---

    @POST
    @Path("evaluatie")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response evaluate(@PathParam("id") UUID id, @PathParam("sid") UUID sid, MultivaluedMap<String, String> form) {
        NetMessages m = data.msg();
        String rating = value(form, "rating");
        String comment = value(form, "comment");
        Map<String, String> values = Map.of("rating", rating, "comment", comment);
        int r = NetworkPages.intOr(rating, 0);
        Map<String, String> errors = new LinkedHashMap<>();
        if (r < 1 || r > 10) {
            errors.put("rating", m.err_rating());
        }
        if (comment.length() > 2000) {
            errors.put("comment", m.err_too_long(2000));
        }
        if (!errors.isEmpty()) {
            return render(422, ctx(id, sid), new Form("evaluation", values, errors, null), null);
        }
        try {
            Api.call(() -> data.learning().evaluate(id, sid, new Evaluation().rating(r).comment(NetworkPages.blank(comment))));
            return done(id, sid, "evaluatie", "evaluatie");
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.is("session-not-held")) {
                return render(409, ctx(id, sid), new Form("evaluation", values, Map.of(), m.eval_not_yet()), null);
            }
            if (p.status() == 403) {
                return render(403, ctx(id, sid), new Form("evaluation", values, Map.of(), m.err_participants_only()), null);
            }
            if (p.status() == 422 || p.status() == 400) {
                NetworkPages.putError(errors, p, "rating", "rating");
                NetworkPages.putError(errors, p, "comment", "comment");
                return render(422, ctx(id, sid), new Form("evaluation", values, errors, errors.isEmpty() ? m.err_refused() : null), null);
            }
            throw e;
        }
    }

    // --- facilitators: presence and holding ---

    @POST
    @Path("aanwezigheid")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response presence(@PathParam("id") UUID id, @PathParam("sid") UUID sid, MultivaluedMap<String, String> form) {
        NetMessages m = data.msg();
        Ctx c = ctx(id, sid);
        networks.requireManager(c.network());
        Set<UUID> registered = data.attending(id, sid, c.participants());
        List<UUID> others = c.participants().stream().filter(p -> !Boolean.TRUE.equals(p.getErased()))
                .map(ParticipantView::getId).filter(p -> !registered.contains(p)).toList();
        Set<UUID> ticked = PresencePlan.ticked(form.get("present"));
        try {
            List<UUID> present = new ArrayList<>();
            for (PresencePlan.Mark mark : PresencePlan.of(registered, others, ticked)) {
                Api.call(() -> data.networks().presence(id, sid, new Presence().participantId(mark.participantId()).presence(mark.presence())));
                if ("PRESENT".equals(mark.presence())) {
                    present.add(mark.participantId());
                }
            }
            // the API keeps presence per organisation only: the ticks just saved travel with the redirect, to show them
            return Response.seeOther(URI.create(base(id, sid) + "?klaar=aanwezigheid&aanwezig=" + NetworkPages.joined(present)
                    + "#begeleider")).build();
        } catch (ApiRefusal e) {
            if (e.problem().is("session-cancelled")) {
                return render(409, ctx(id, sid), new Form("presence", Map.of(), Map.of(), m.err_session_cancelled()), null);
            }
            throw e;
        }
    }

    @POST
    @Path("gehouden")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response held(@PathParam("id") UUID id, @PathParam("sid") UUID sid) {
        NetMessages m = data.msg();
        Ctx c = ctx(id, sid);
        networks.requireManager(c.network());
        try {
            Api.call(() -> data.networks().held(id, sid));
            return done(id, sid, "gehouden", "begeleider");
        } catch (ApiRefusal e) {
            if (e.problem().status() == 409) {
                return render(409, ctx(id, sid), new Form("held", Map.of(), Map.of(), m.err_already_closed()), null);
            }
            throw e;
        }
    }

    // --- shared ---

    private static String base(UUID id, UUID sid) {
        return "/netwerken/" + id + "/bijeenkomsten/" + sid;
    }

    private static Response done(UUID id, UUID sid, String what, String anchor) {
        return Response.seeOther(URI.create(base(id, sid) + "?klaar=" + what + "#" + anchor)).build();
    }

    private static String value(MultivaluedMap<String, String> form, String field) {
        String v = form.getFirst(field);
        return v == null ? "" : v;
    }

}
