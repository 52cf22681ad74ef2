package nl.leercultuur.web.networks;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.client.network.model.Ballot;
import nl.leercultuur.client.network.model.ClosePlan;
import nl.leercultuur.client.network.model.NetworkView;
import nl.leercultuur.client.network.model.OpenThemeVote;
import nl.leercultuur.client.network.model.Option;
import nl.leercultuur.client.network.model.ParticipantView;
import nl.leercultuur.client.network.model.PlanSession;
import nl.leercultuur.client.network.model.Result;
import nl.leercultuur.client.network.model.ThemeVoteSummary;
import nl.leercultuur.web.api.Api;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.networks.NetViews.CalendarInfo;
import nl.leercultuur.web.networks.NetViews.Choice;
import nl.leercultuur.web.networks.NetViews.Form;
import nl.leercultuur.web.networks.NetViews.NetworkCard;
import nl.leercultuur.web.networks.NetViews.NetworkInfo;
import nl.leercultuur.web.networks.NetViews.Person;
import nl.leercultuur.web.networks.NetViews.SessionItem;
import nl.leercultuur.web.networks.NetViews.Sessions;
import nl.leercultuur.web.networks.NetViews.ThemeOption;
import nl.leercultuur.web.networks.NetViews.VoteItem;
import nl.leercultuur.web.shell.Pager;
import nl.leercultuur.web.shell.Shell;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The learning networks a signed-in person belongs to (/netwerken), a network's page with its sessions, calendar
 * address, theme votes, member organisations and people; for facilitators planning a session and theme votes.
 */
@Path("/netwerken")
@Produces(MediaType.TEXT_HTML)
public class NetworkPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String title, String lead, List<NetViews.Group> groups, boolean empty,
                                            String emptyText, int page, int pages);

        static native TemplateInstance network(NetworkInfo network, String role, boolean manages, UUID myId, Sessions sessions,
                                               CalendarInfo calendar, List<String> organisations, List<Person> people,
                                               List<VoteItem> votes, Form voteForm, String notice);

        static native TemplateInstance plan(NetworkInfo network, Form form, List<Choice> phases);

        static native TemplateInstance themeVote(NetworkInfo network, UUID voteId, boolean open, int votesPerParticipant,
                                                 int voters, List<ThemeOption> options, boolean mayVote, boolean manages,
                                                 String shareUrl, Form form, String notice, List<SessionItem> planned);
    }

    private final NetworkData data;
    private final Shell shell;

    NetworkPages(NetworkData data, Shell shell) {
        this.data = data;
        this.shell = shell;
    }

    // --- the list ---

    @GET
    public Response list(@QueryParam("pagina") @DefaultValue("1") int page) {
        NetMessages m = data.msg();
        List<NetworkView> all = Api.call(() -> data.networks().listNetworks());
        List<NetworkView> facilitated = all.stream().filter(data::facilitates).toList();
        List<NetworkView> others = all.stream().filter(n -> !data.facilitates(n)).toList();
        List<NetworkView> ordered = new ArrayList<>(facilitated);
        ordered.addAll(others);
        Pager pager = Pager.of(page, PAGE_SIZE, ordered.size(), "/netwerken", Map.of());
        int pages = pager.pages();
        int p = Math.min(pages, pager.page());
        List<NetworkView> shown = ordered.subList((p - 1) * PAGE_SIZE, Math.min(ordered.size(), p * PAGE_SIZE));
        OffsetDateTime now = OffsetDateTime.now();
        List<NetworkCard> fac = new ArrayList<>();
        List<NetworkCard> oth = new ArrayList<>();
        for (NetworkView n : shown) {
            (facilitated.contains(n) ? fac : oth).add(card(n, now, m));
        }
        String othersTitle = shell.admin() ? (facilitated.isEmpty() ? m.group_all() : m.group_admin())
                : shell.participant() ? m.group_participant()
                : shell.orgManager() ? m.group_organisation() : m.group_participant();
        String emptyText = shell.facilitator() && !shell.admin() ? m.list_empty_facilitator()
                : shell.orgManager() && !shell.participant() ? m.list_empty_organisation() : m.list_empty_participant();
        String title = shell.admin() ? m.list_title_admin() : m.list_title();
        List<NetViews.Group> groups = new ArrayList<>();
        if (!fac.isEmpty()) {
            groups.add(new NetViews.Group(m.group_facilitated(), fac));
        }
        if (!oth.isEmpty()) {
            groups.add(new NetViews.Group(othersTitle, oth));
        }
        return page(Templates.list(title, m.list_lead(), groups, all.isEmpty(), emptyText, p, pages));
    }

    private NetworkCard card(NetworkView n, OffsetDateTime now, NetMessages m) {
        SessionItem next = null;
        try {
            List<SessionRow> sessions = data.sessions(n.getId());
            Optional<SessionRow> s = Schedule.of(sessions, now).next();
            if (s.isPresent()) {
                next = item(n.getId(), s.get(), Set.of(), now, m);
            }
        } catch (ApiRefusal e) {
            if (e.problem().status() == 401) {
                throw e;
            }
            // the list still shows the network; its page says what is wrong
        }
        return new NetworkCard(n.getId(), n.getName(), n.getTheme(), status(n), networkStatus(status(n), m), period(n), next);
    }

    // --- a network ---

    @GET
    @Path("{id}")
    public Response network(@PathParam("id") UUID id, @QueryParam("klaar") String done) {
        return renderNetwork(200, id, Form.empty("vote"), notice(done));
    }

    private Response renderNetwork(int status, UUID id, Form voteForm, String notice) {
        NetMessages m = data.msg();
        NetworkView n = data.network(id);
        List<SessionRow> sessions = data.sessions(id);
        List<ParticipantView> participants = data.participants(id);
        Optional<NetworkData.Me> me = data.me(n);
        boolean manages = data.manages(n);
        OffsetDateTime now = OffsetDateTime.now();
        Set<UUID> registered = me.map(NetworkData.Me::registered).orElse(Set.of());
        Schedule schedule = Schedule.of(sessions, now);
        Sessions items = new Sessions(schedule.upcoming().stream().map(s -> item(id, s, registered, now, m)).toList(),
                schedule.past().stream().map(s -> item(id, s, registered, now, m)).toList());
        String feed = CalendarLink.feedUrl(data.origin(), id);
        CalendarInfo cal = new CalendarInfo(feed, CalendarLink.webcal(feed), "/netwerken/" + id + "/agenda.ics");
        List<String> orgs = (n.getMemberOrganisations() == null ? List.<String>of() : n.getMemberOrganisations()).stream()
                .map(data::organisationName).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        UUID myId = me.map(NetworkData.Me::participantId).orElse(null);
        List<Person> people = participants.stream().map(p -> person(p, myId, m)).toList();
        String role;
        if (data.facilitates(n)) {
            role = m.role_facilitator();
        } else if (shell.admin()) {
            role = m.role_admin();
        } else if (me.isPresent()) {
            role = m.role_participant(me.get().name(), data.organisationName(me.get().organisationId()));
        } else if (shell.orgManager()) {
            role = m.role_organisation();
        } else {
            role = null;
        }
        List<VoteItem> votes = votes(id, m);
        return shell.respond(status, Templates.network(info(n, m), role, manages, myId, items, cal, orgs, people, votes, voteForm, notice));
    }

    Person person(ParticipantView p, UUID myId, NetMessages m) {
        boolean erased = Boolean.TRUE.equals(p.getErased());
        return new Person(p.getId(), erased ? m.participant_erased() : p.getName(), data.organisationName(p.getOrganisationId()),
                participantRole(p.getRole(), m), erased, p.getId().equals(myId), false);
    }

    /** The network's theme votes, newest first, from the API's list. */
    private List<VoteItem> votes(UUID networkId, NetMessages m) {
        List<ThemeVoteSummary> all = Api.call(() -> data.learning().listThemeVotes(networkId));
        List<VoteItem> out = new ArrayList<>();
        for (ThemeVoteSummary r : all == null ? List.<ThemeVoteSummary>of() : all) {
            boolean open = "OPEN".equals(r.getStatus());
            List<Option> options = r.getOptions() == null ? List.of() : r.getOptions();
            String leading = options.stream().limit(3).map(Option::getTheme).reduce((a, b) -> a + ", " + b).orElse("");
            out.add(new VoteItem(r.getId(), "/netwerken/" + networkId + "/themas/" + r.getId(), open,
                    open ? m.vote_status_open() : m.vote_status_closed(), leading, nz(r.getVoters()),
                    Times.shortDate(r.getOpenedAt(), shell.locale())));
        }
        return out;
    }

    /** The network's calendar, downloaded through the pages (with the signed-in person's token). */
    @GET
    @Path("{id}/agenda.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") UUID id) {
        String ics = data.calendar(id);
        return Response.ok(ics.getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"leernetwerk-" + id + ".ics\"").build();
    }

    // --- planning a session (facilitators) ---

    @GET
    @Path("{id}/bijeenkomsten/nieuw")
    public Response planForm(@PathParam("id") UUID id) {
        NetworkView n = data.network(id);
        requireManager(n);
        List<SessionRow> sessions = data.sessions(id);
        Map<String, String> values = new HashMap<>();
        values.put("number", String.valueOf(Schedule.nextNumber(sessions)));
        return page(Templates.plan(info(n, data.msg()), new Form("plan", values, Map.of(), null), phaseChoices("")));
    }

    @POST
    @Path("{id}/bijeenkomsten/nieuw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response plan(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        NetMessages m = data.msg();
        NetworkView n = data.network(id);
        requireManager(n);
        Map<String, String> v = single(form, "number", "title", "theme", "starts", "ends", "place", "onlineUrl", "speakers", "phaseFocus", "agenda");
        Map<String, String> errors = new LinkedHashMap<>();
        Integer number = null;
        try {
            number = Integer.parseInt(v.get("number").trim());
            if (number < 1 || number > 100) {
                errors.put("number", m.err_number());
            }
        } catch (NumberFormatException e) {
            errors.put("number", m.err_number());
        }
        if (v.get("title").isBlank()) {
            errors.put("title", m.err_required());
        }
        Optional<String> starts = Times.apiLocal(v.get("starts"));
        Optional<String> ends = Times.apiLocal(v.get("ends"));
        if (starts.isEmpty()) {
            errors.put("starts", m.err_datetime());
        }
        if (ends.isEmpty()) {
            errors.put("ends", m.err_datetime());
        } else if (starts.isPresent() && ends.get().compareTo(starts.get()) <= 0) {
            errors.put("ends", m.err_end_before());
        }
        String url = v.get("onlineUrl").trim();
        if (!url.isEmpty() && !url.matches("https?://\\S+")) {
            errors.put("onlineUrl", m.err_url());
        }
        String phase = v.get("phaseFocus");
        if (!errors.isEmpty()) {
            return shell.respond(422, Templates.plan(info(n, m), new Form("plan", v, errors, null), phaseChoices(phase)));
        }
        PlanSession req = new PlanSession().number(number).title(v.get("title").trim()).theme(blank(v.get("theme")))
                .startsAtLocal(starts.get()).endsAtLocal(ends.get()).place(blank(v.get("place"))).onlineUrl(blank(url))
                .speakers(blank(v.get("speakers"))).phaseFocus(Phases.isPhase(phase) ? phase : null).agenda(blank(v.get("agenda")));
        try {
            var planned = Api.call(() -> data.networks().plan(id, req, null));
            return Response.seeOther(URI.create("/netwerken/" + id + "/bijeenkomsten/" + planned.getId() + "?klaar=gepland")).build();
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.is("duplicate-session")) {
                errors.put("number", m.err_number_taken());
            } else if (p.status() == 422 || p.status() == 400) {
                putError(errors, p, "number", "number");
                putError(errors, p, "title", "title");
                putError(errors, p, "startsAtLocal", "starts");
                putError(errors, p, "endsAtLocal", "ends");
                putError(errors, p, "place", "place");
                putError(errors, p, "onlineUrl", "onlineUrl");
                putError(errors, p, "speakers", "speakers");
                putError(errors, p, "agenda", "agenda");
                putError(errors, p, "theme", "theme");
            } else {
                throw e;
            }
            String message = errors.isEmpty() ? (p.detail().isBlank() ? m.err_refused() : p.detail()) : null;
            return shell.respond(422, Templates.plan(info(n, m), new Form("plan", v, errors, message), phaseChoices(phase)));
        }
    }

    // --- theme votes ---

    @POST
    @Path("{id}/themas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response openVote(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        NetMessages m = data.msg();
        NetworkView n = data.network(id);
        requireManager(n);
        Map<String, String> v = single(form, "themes", "votesPerParticipant");
        List<String> themes = FormLists.lines(v.get("themes"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (themes.size() < 2) {
            errors.put("themes", m.err_themes());
        } else if (themes.size() > 20) {
            errors.put("themes", m.err_themes_many());
        }
        int per = 0;
        try {
            per = Integer.parseInt(v.get("votesPerParticipant").trim());
        } catch (NumberFormatException e) {
            // below
        }
        if (per < 1 || per > 10) {
            errors.put("votesPerParticipant", m.err_votes_per());
        } else if (themes.size() >= 2 && per > themes.size()) {
            errors.put("votesPerParticipant", m.err_votes_per_themes(themes.size()));
        }
        if (errors.isEmpty()) {
            int votes = per;
            try {
                Result r = Api.call(() -> data.learning().openThemeVote(id, new OpenThemeVote().themes(themes).votesPerParticipant(votes)));
                return Response.seeOther(URI.create("/netwerken/" + id + "/themas/" + r.getId() + "?klaar=stemming")).build();
            } catch (ApiRefusal e) {
                ApiProblem p = e.problem();
                if (p.status() != 422 && p.status() != 400) {
                    throw e;
                }
                putError(errors, p, "themes", "themes");
                putError(errors, p, "votesPerParticipant", "votesPerParticipant");
                if (errors.isEmpty()) {
                    errors.put("themes", p.detail().isBlank() ? m.err_refused() : p.detail());
                }
            }
        }
        return renderNetwork(422, id, new Form("vote", v, errors, null), null);
    }

    @GET
    @Path("{id}/themas/{voteId}")
    public Response themeVote(@PathParam("id") UUID id, @PathParam("voteId") UUID voteId, @QueryParam("klaar") String done,
                              @QueryParam("keuze") String chosen) {
        return renderVote(200, id, voteId, Form.empty("ballot"), notice(done), List.of(), ids(chosen));
    }

    private Response renderVote(int status, UUID id, UUID voteId, Form form, String notice, List<SessionItem> planned) {
        return renderVote(status, id, voteId, form, notice, planned, Set.of());
    }

    private Response renderVote(int status, UUID id, UUID voteId, Form form, String notice, List<SessionItem> planned, Set<UUID> chosen) {
        NetMessages m = data.msg();
        NetworkView n = data.network(id);
        Result r = Api.call(() -> data.learning().themeVote(id, voteId));
        boolean manages = data.manages(n);
        boolean mayVote = !manages && data.myParticipant(n).isPresent();
        boolean open = "OPEN".equals(r.getStatus());
        List<ThemeOption> options = (r.getOptions() == null ? List.<Option>of() : r.getOptions()).stream()
                .map(o -> new ThemeOption(o.getId(), nz(o.getRank()), o.getTheme(), nz(o.getVotes()), chosen.contains(o.getId()))).toList();
        String share = data.origin() + "/netwerken/" + id + "/themas/" + voteId;
        return shell.respond(status, Templates.themeVote(info(n, m), voteId, open, nz(r.getVotesPerParticipant()), nz(r.getVoters()),
                options, mayVote, manages, share, form, notice, planned));
    }

    @POST
    @Path("{id}/themas/{voteId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ballot(@PathParam("id") UUID id, @PathParam("voteId") UUID voteId, MultivaluedMap<String, String> form) {
        NetMessages m = data.msg();
        List<UUID> chosen = new ArrayList<>(PresencePlan.ticked(form.get("option")));
        try {
            Api.call(() -> data.learning().ballot(id, voteId, new Ballot().optionIds(chosen)));
            // the API does not say what one chose: the choice just sent travels with the redirect, to show it ticked
            return Response.seeOther(URI.create("/netwerken/" + id + "/themas/" + voteId + "?klaar=stem&keuze=" + joined(chosen))).build();
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            String message;
            if (p.status() == 422 || p.status() == 400) {
                message = p.errorFor("optionIds") != null && p.errorFor("optionIds").startsWith("you have")
                        ? m.err_too_many_themes() : m.err_refused();
            } else if (p.is("vote-closed")) {
                message = m.err_vote_closed();
            } else if (p.status() == 403) {
                message = m.err_vote_participants_only();
            } else {
                throw e;
            }
            return renderVote(p.status() == 403 ? 403 : 422, id, voteId, new Form("ballot", Map.of(), Map.of(), message), null, List.of());
        }
    }

    @POST
    @Path("{id}/themas/{voteId}/sluiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response closeVote(@PathParam("id") UUID id, @PathParam("voteId") UUID voteId, MultivaluedMap<String, String> form) {
        NetMessages m = data.msg();
        NetworkView n = data.network(id);
        requireManager(n);
        Map<String, String> v = single(form, "count", "first", "interval", "duration");
        Map<String, String> errors = new LinkedHashMap<>();
        ClosePlan plan = new ClosePlan();
        int count = intOr(v.get("count"), 0);
        if (count < 0 || count > 10) {
            errors.put("count", m.err_count());
        }
        if (count > 0) {
            Optional<String> first = Times.apiLocal(v.get("first"));
            int interval = intOr(v.get("interval"), -1);
            int duration = intOr(v.get("duration"), -1);
            if (first.isEmpty()) {
                errors.put("first", m.err_datetime());
            }
            if (interval < 1 || interval > 26) {
                errors.put("interval", m.err_interval());
            }
            if (duration < 15 || duration > 600) {
                errors.put("duration", m.err_duration());
            }
            if (errors.isEmpty()) {
                plan.sessionsToPlan(count).firstStartsAtLocal(first.get()).intervalWeeks(interval).durationMinutes(duration);
            }
        } else {
            plan.sessionsToPlan(0);
        }
        if (!errors.isEmpty()) {
            return renderVote(422, id, voteId, new Form("close", v, errors, null), null, List.of());
        }
        try {
            Result r = Api.call(() -> data.learning().closeThemeVote(id, voteId, plan));
            OffsetDateTime now = OffsetDateTime.now();
            List<SessionItem> planned = (r.getPlannedSessions() == null ? List.<nl.leercultuur.client.network.model.SessionView>of() : r.getPlannedSessions())
                    .stream().map(s -> item(id, SessionRow.of(s), Set.of(), now, m)).toList();
            if (planned.isEmpty()) {
                return Response.seeOther(URI.create("/netwerken/" + id + "/themas/" + voteId + "?klaar=gesloten")).build();
            }
            // the planned sessions are only in this answer: shown at once (a reload shows them on the network's page)
            return renderVote(200, id, voteId, Form.empty("close"), m.done_closed_planned(planned.size()), planned);
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.is("vote-closed")) {
                return renderVote(409, id, voteId, new Form("close", v, Map.of(), m.err_vote_closed()), null, List.of());
            }
            if (p.status() == 422 || p.status() == 400) {
                putError(errors, p, "sessionsToPlan", "count");
                putError(errors, p, "firstStartsAtLocal", "first");
                putError(errors, p, "intervalWeeks", "interval");
                putError(errors, p, "durationMinutes", "duration");
                return renderVote(422, id, voteId, new Form("close", v, errors, errors.isEmpty() ? m.err_refused() : null), null, List.of());
            }
            throw e;
        }
    }

    // --- shared ---

    void requireManager(NetworkView n) {
        if (!data.manages(n)) {
            throw new ApiRefusal(new ApiProblem(403, "forbidden", "", "", Map.of(), Optional.empty()));
        }
    }

    SessionItem item(UUID networkId, SessionRow s, Set<UUID> registered, OffsetDateTime now, NetMessages m) {
        String statusKey = s.awaitingClosure(now) ? "awaiting" : s.status();
        String label = switch (statusKey) {
            case "HELD" -> m.session_held();
            case "CANCELLED" -> m.session_cancelled();
            case "awaiting" -> m.session_awaiting();
            default -> m.network_planned();
        };
        return new SessionItem(s, "/netwerken/" + networkId + "/bijeenkomsten/" + s.id(), m.session_heading(s.number(), s.title()),
                Times.range(s.startsAt(), s.endsAt(), shell.locale()), label, statusKey.toLowerCase(),
                registered.contains(s.id()), s.phaseFocus() == null ? null : phaseLabel(s.phaseFocus(), m));
    }

    NetworkInfo info(NetworkView n, NetMessages m) {
        return new NetworkInfo(n.getId(), n.getName(), n.getTheme(), n.getDescription(), n.getRegion(), period(n), status(n),
                networkStatus(status(n), m), "action-learning".equals(n.getMethodology()) ? m.method_action_learning() : n.getMethodology());
    }

    private static String status(NetworkView n) {
        return n.getStatus() == null ? "PLANNED" : n.getStatus();
    }

    private String period(NetworkView n) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(shell.locale());
        if (n.getStartsOn() == null && n.getEndsOn() == null) {
            return null;
        }
        if (n.getEndsOn() == null) {
            return data.msg().period_from(n.getStartsOn().format(f));
        }
        if (n.getStartsOn() == null) {
            return data.msg().period_until(n.getEndsOn().format(f));
        }
        return data.msg().period(n.getStartsOn().format(f), n.getEndsOn().format(f));
    }

    static String networkStatus(String status, NetMessages m) {
        return switch (status) {
            case "RUNNING" -> m.network_running();
            case "COMPLETED" -> m.network_completed();
            default -> m.network_planned();
        };
    }

    static String participantRole(String role, NetMessages m) {
        if (role == null) {
            return m.role_name_participant();
        }
        return switch (role) {
            case "case-owner" -> m.role_name_case_owner();
            case "speaker" -> m.role_name_speaker();
            case "observer" -> m.role_name_observer();
            default -> m.role_name_participant();
        };
    }

    static String phaseLabel(String key, NetMessages m) {
        return switch (key == null ? "" : key) {
            case "ready" -> m.phase_ready();
            case "explore-problem" -> m.phase_explore_problem();
            case "develop-solutions" -> m.phase_develop_solutions();
            case "sharpen-and-share" -> m.phase_sharpen_and_share();
            case "experiment" -> m.phase_experiment();
            case "reflect-and-present" -> m.phase_reflect_and_present();
            default -> key;
        };
    }

    private List<Choice> phaseChoices(String selected) {
        NetMessages m = data.msg();
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", m.f_phase_none(), selected == null || selected.isBlank()));
        for (String k : Phases.ORDER) {
            out.add(new Choice(k, phaseLabel(k, m), k.equals(selected)));
        }
        return out;
    }

    String notice(String done) {
        if (done == null || done.isBlank()) {
            return null;
        }
        NetMessages m = data.msg();
        return switch (done) {
            case "gepland" -> m.done_planned();
            case "stemming" -> m.done_vote_started();
            case "stem" -> m.done_ballot();
            case "gesloten" -> m.done_closed();
            case "aangemeld" -> m.reg_registered();
            case "idee" -> m.done_idea();
            case "gestemd" -> m.done_voted();
            case "al-gestemd" -> m.vote_already();
            case "reflectie" -> m.done_reflection();
            case "evaluatie" -> m.done_evaluation();
            case "aanwezigheid" -> m.done_presence();
            case "gehouden" -> m.done_held();
            case "catalogus" -> m.done_resources();
            case "fase" -> m.done_phase();
            case "canvas" -> m.done_canvas();
            case "casus" -> m.done_case();
            default -> null;
        };
    }

    /** Ids sent along in a redirect, comma separated; anything else is dropped. */
    static Set<UUID> ids(String commaSeparated) {
        return commaSeparated == null ? Set.of() : PresencePlan.ticked(List.of(commaSeparated.split(",")));
    }

    static String joined(java.util.Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(","));
    }

    static void putError(Map<String, String> errors, ApiProblem p, String apiField, String formField) {
        String e = p.errorFor(apiField);
        if (e != null) {
            errors.putIfAbsent(formField, e);
        }
    }

    static Map<String, String> single(MultivaluedMap<String, String> form, String... fields) {
        Map<String, String> m = new HashMap<>();
        for (String f : fields) {
            String v = form.getFirst(f);
            m.put(f, v == null ? "" : v);
        }
        return m;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static int nz(Integer i) {
        return i == null ? 0 : i;
    }

    static int intOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException | NullPointerException e) {
            return fallback;
        }
    }

    private Response page(TemplateInstance t) {
        return shell.respond(200, t);
    }

}
