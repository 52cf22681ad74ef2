package nl.leercultuur.web.networks;

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
import nl.leercultuur.client.network.model.Canvas;
import nl.leercultuur.client.network.model.CaseView;
import nl.leercultuur.client.network.model.DimensionChange;
import nl.leercultuur.client.network.model.LogEntry;
import nl.leercultuur.client.network.model.Measurements;
import nl.leercultuur.client.network.model.NetworkView;
import nl.leercultuur.client.network.model.OpenCase;
import nl.leercultuur.client.network.model.ParticipantView;
import nl.leercultuur.client.network.model.PhaseMove;
import nl.leercultuur.client.network.model.ScanRef;
import nl.leercultuur.web.api.Api;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.networks.NetViews.Choice;
import nl.leercultuur.web.networks.NetViews.DimensionLine;
import nl.leercultuur.web.networks.NetViews.Form;
import nl.leercultuur.web.networks.NetViews.LogLine;
import nl.leercultuur.web.networks.NetViews.NetworkInfo;
import nl.leercultuur.web.networks.NetViews.ScanLine;
import nl.leercultuur.web.shell.Shell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A participant's case in action learning: the question, the phase it is in (all six listed, the current one said in
 * words), the experiment canvas, the measurements before and after, and the log. The participant works on their own
 * case; the network's facilitators on any; others who see the network read it.
 */
@Path("/netwerken/{id}/casus")
@Produces(MediaType.TEXT_HTML)
public class CasePages {

    /** The case's texts as shown and edited. */
    public record CaseInfo(String question, String howMightWe, String phase, String phaseLabel, String hypothesis,
                           String action, String measure, String result, long version) {
    }

    /** A field of the experiment canvas. */
    public record CanvasField(String name, String label, String hint, String value) {
    }

    /** Before and after, as far as the caller may see it. */
    public record MeasurementsInfo(String stateText, boolean compared, boolean hidden, List<ScanLine> scans,
                                   List<DimensionLine> dimensions) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance caseView(NetworkInfo network, String title, boolean mine, boolean mayEdit,
                                                String ownerName, String baseUrl, CaseInfo c, List<Phases.Step> phases,
                                                String nextPhase, String nextLabel, List<Choice> earlier,
                                                List<CanvasField> canvasFields, MeasurementsInfo measurements,
                                                List<LogLine> log, Form form, String notice);

        static native TemplateInstance noCase(NetworkInfo network, String title, boolean mine, boolean mayEdit,
                                              String ownerName, String baseUrl, Form form);

        static native TemplateInstance notParticipant(NetworkInfo network);
    }

    private final NetworkData data;
    private final NetworkPages networks;
    private final Shell shell;

    CasePages(NetworkData data, NetworkPages networks, Shell shell) {
        this.data = data;
        this.networks = networks;
        this.shell = shell;
    }

    private record Ctx(NetworkView network, ParticipantView owner, boolean mine, boolean mayEdit) {
    }

    private Ctx ctx(UUID id, UUID pid) {
        NetworkView n = data.network(id);
        List<ParticipantView> ps = data.participants(id);
        ParticipantView owner = ps.stream().filter(p -> p.getId().equals(pid) && !Boolean.TRUE.equals(p.getErased())).findFirst()
                .orElseThrow(() -> new ApiRefusal(new ApiProblem(404, "not-found", "", "", Map.of(), Optional.empty())));
        boolean mine = data.myParticipant(n).map(me -> me.getId().equals(pid)).orElse(false);
        return new Ctx(n, owner, mine, mine || data.manages(n));
    }

    /** "My case": the signed-in participant's own. */
    @GET
    public Response mine(@PathParam("id") UUID id) {
        NetworkView n = data.network(id);
        Optional<ParticipantView> me = data.myParticipant(n);
        if (me.isPresent()) {
            return Response.seeOther(URI.create(base(id, me.get().getId()))).build();
        }
        return shell.respond(200, Templates.notParticipant(networks.info(n, data.msg())));
    }

    @GET
    @Path("{pid}")
    public Response view(@PathParam("id") UUID id, @PathParam("pid") UUID pid, @QueryParam("klaar") String done) {
        return render(200, ctx(id, pid), Form.empty(""), networks.notice(done));
    }

    private Response render(int status, Ctx c, Form form, String notice) {
        NetMessages m = data.msg();
        UUID id = c.network().getId();
        UUID pid = c.owner().getId();
        NetworkInfo info = networks.info(c.network(), m);
        String title = c.mine() ? m.case_title_mine() : m.case_title_other(c.owner().getName());
        CaseView cv;
        try {
            cv = Api.call(() -> data.learning().getCase(id, pid));
        } catch (ApiRefusal e) {
            if (e.problem().status() == 404) {
                return shell.respond(status, Templates.noCase(info, title, c.mine(), c.mayEdit(), c.owner().getName(), base(id, pid), form));
            }
            throw e;
        }
        String phase = cv.getPhase();
        CaseInfo ci = new CaseInfo(cv.getQuestion(), cv.getHowMightWe(), phase, NetworkPages.phaseLabel(phase, m),
                cv.getHypothesis(), cv.getAction(), cv.getMeasure(), cv.getResult(), cv.getVersion() == null ? 0 : cv.getVersion());
        List<Phases.Step> steps = Phases.steps(phase, k -> NetworkPages.phaseLabel(k, m));
        String next = Phases.next(phase).orElse(null);
        List<Choice> earlier = Phases.earlier(phase).stream().map(k -> new Choice(k, NetworkPages.phaseLabel(k, m), false)).toList();
        List<LogLine> log = new ArrayList<>();
        List<LogEntry> entries = cv.getLog() == null ? List.of() : cv.getLog();
        for (int i = entries.size() - 1; i >= 0; i--) {
            log.add(logLine(entries.get(i), m));
        }
        return shell.respond(status, Templates.caseView(info, title, c.mine(), c.mayEdit(), c.owner().getName(), base(id, pid), ci, steps,
                next, next == null ? null : NetworkPages.phaseLabel(next, m), earlier, canvasFields(cv, m),
                measurements(cv.getMeasurements(), m), log, form, notice));
    }

    private static List<CanvasField> canvasFields(CaseView cv, NetMessages m) {
        return List.of(
                new CanvasField("hypothesis", m.canvas_hypothesis(), m.canvas_hypothesis_hint(), nn(cv.getHypothesis())),
                new CanvasField("action", m.canvas_action(), m.canvas_action_hint(), nn(cv.getAction())),
                new CanvasField("measure", m.canvas_measure(), m.canvas_measure_hint(), nn(cv.getMeasure())),
                new CanvasField("result", m.canvas_result(), m.canvas_result_hint(), nn(cv.getResult())),
                new CanvasField("progressNote", m.canvas_progress(), m.canvas_progress_hint(), ""));
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private LogLine logLine(LogEntry e, NetMessages m) {
        String when = Times.shortDate(e.getAt(), shell.locale());
        String text;
        if ("phase".equals(e.getKind()) && e.getFromPhase() == null) {
            text = m.log_opened(NetworkPages.phaseLabel(e.getToPhase(), m));
        } else if ("phase".equals(e.getKind())) {
            text = m.log_phase(NetworkPages.phaseLabel(e.getFromPhase(), m), NetworkPages.phaseLabel(e.getToPhase(), m));
        } else {
            text = m.canvas_progress();
        }
        String note = e.getNote();
        if ("case opened".equals(note)) {
            note = null;
        }
        return new LogLine(when, text, note);
    }

    private MeasurementsInfo measurements(Measurements ms, NetMessages m) {
        if (ms == null) {
            return null;
        }
        String state = ms.getState() == null ? "" : ms.getState().getValue();
        String stateText = switch (state) {
            case "awaiting-evaluation" -> m.meas_awaiting();
            case "scan-unknown" -> m.meas_unknown();
            case "suppressed" -> m.meas_suppressed();
            default -> null;
        };
        boolean hidden = Boolean.TRUE.equals(ms.getFiguresHidden());
        List<ScanLine> scans = new ArrayList<>();
        if (ms.getBaseline() != null) {
            scans.add(new ScanLine(m.meas_baseline(), scan(ms.getBaseline(), m)));
        }
        if (ms.getEvaluation() != null) {
            scans.add(new ScanLine(m.meas_evaluation(), scan(ms.getEvaluation(), m)));
        }
        List<DimensionLine> dims = new ArrayList<>();
        if (ms.getDimensions() != null) {
            for (DimensionChange d : ms.getDimensions()) {
                boolean withheld = Boolean.TRUE.equals(d.getWithheld());
                dims.add(new DimensionLine(d.getName() == null ? d.getKey() : d.getName(), number(d.getBefore(), false),
                        number(d.getAfter(), false), number(d.getDifference(), true), withheld));
            }
        }
        return new MeasurementsInfo(stateText, "compared".equals(state), hidden, scans, dims);
    }

    private String scan(ScanRef s, NetMessages m) {
        String unit = s.getUnitLabel() == null || s.getUnitLabel().isBlank() ? m.meas_scan_unnamed() : s.getUnitLabel();
        String date = s.getClosedAt() == null ? "" : s.getClosedAt().atZoneSameInstant(Times.AMSTERDAM)
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", shell.locale()));
        String text = date.isEmpty() ? unit : m.meas_scan(unit, date);
        return Boolean.TRUE.equals(s.getSuppressed()) ? text + " — " + m.meas_scan_suppressed() : text;
    }

    private String number(BigDecimal v, boolean signed) {
        if (v == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(shell.locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        String s = f.format(v.setScale(2, RoundingMode.HALF_UP));
        return signed && v.signum() > 0 ? "+" + s : s;
    }

    // --- opening a case ---

    @POST
    @Path("{pid}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("id") UUID id, @PathParam("pid") UUID pid, MultivaluedMap<String, String> form) {
        NetMessages m = data.msg();
        Ctx c = ctx(id, pid);
        Map<String, String> v = NetworkPages.single(form, "question", "howMightWe");
        Map<String, String> errors = new LinkedHashMap<>();
        if (v.get("question").isBlank()) {
            errors.put("question", m.err_required());
        } else if (v.get("question").length() > 2000) {
            errors.put("question", m.err_too_long(2000));
        }
        if (v.get("howMightWe").length() > 500) {
            errors.put("howMightWe", m.err_too_long(500));
        }
        if (!errors.isEmpty()) {
            return render(422, c, new Form("open", v, errors, null), null);
        }
        try {
            Api.call(() -> data.learning().openCase(id, pid, new OpenCase().question(v.get("question").trim())
                    .howMightWe(NetworkPages.blank(v.get("howMightWe")))));
            return Response.seeOther(URI.create(base(id, pid) + "?klaar=casus")).build();
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.is("case-exists")) {
                return Response.seeOther(URI.create(base(id, pid))).build();
            }
            if (p.status() == 422 || p.status() == 400) {
                NetworkPages.putError(errors, p, "question", "question");
                NetworkPages.putError(errors, p, "howMightWe", "howMightWe");
                return render(422, c, new Form("open", v, errors, errors.isEmpty() ? m.err_refused() : null), null);
            }
            if (p.status() == 403) {
                return render(403, c, new Form("open", v, Map.of(), m.err_own_case()), null);
            }
            throw e;
        }
    }

    // --- moving the phase ---

    @POST
    @Path("{pid}/fase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") UUID id, @PathParam("pid") UUID pid, MultivaluedMap<String, String> form) {
        NetMessages m = data.msg();
        Ctx c = ctx(id, pid);
        Map<String, String> v = NetworkPages.single(form, "to", "note", "from");
        String to = v.get("to");
        if (!Phases.isPhase(to)) {
            return render(422, c, new Form("phase", v, Map.of("to", m.err_phase()), null), null);
        }
        if (v.get("note").length() > 1000) {
            return render(422, c, new Form("phase", v, Map.of("note", m.err_too_long(1000)), null), null);
        }
        // the form says which phase it was made for: a second click (or another tab) must not move the case twice
        if (Phases.isPhase(v.get("from")) && !Phases.mayMove(v.get("from"), to)) {
            return render(422, c, new Form("phase", v, Map.of("to", m.err_phase()), null), null);
        }
        try {
            CaseView cv = Api.call(() -> data.learning().getCase(id, pid));
            if (Phases.isPhase(v.get("from")) && !v.get("from").equals(cv.getPhase())) {
                return render(409, c, new Form("phase", v, Map.of(), m.err_phase_changed(NetworkPages.phaseLabel(cv.getPhase(), m))), null);
            }
            Api.call(() -> data.learning().movePhase(id, pid, new PhaseMove().phase(to).note(NetworkPages.blank(v.get("note")))));
            return Response.seeOther(URI.create(base(id, pid) + "?klaar=fase#fase")).build();
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.is("illegal-phase-move") || p.status() == 422 || p.status() == 400) {
                return render(422, c, new Form("phase", v, Map.of("to", m.err_phase()), null), null);
            }
            if (p.status() == 403) {
                return render(403, c, new Form("phase", v, Map.of(), m.err_own_case()), null);
            }
            throw e;
        }
    }

    // --- the experiment canvas ---

    @POST
    @Path("{pid}/canvas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response canvas(@PathParam("id") UUID id, @PathParam("pid") UUID pid, MultivaluedMap<String, String> form) {
        NetMessages m = data.msg();
        Ctx c = ctx(id, pid);
        Map<String, String> v = NetworkPages.single(form, "hypothesis", "action", "measure", "result", "progressNote", "version");
        Map<String, String> errors = new LinkedHashMap<>();
        for (String f : List.of("hypothesis", "action", "measure", "result", "progressNote")) {
            if (v.get(f).length() > 2000) {
                errors.put(f, m.err_too_long(2000));
            }
        }
        long version;
        try {
            version = Long.parseLong(v.get("version").trim());
        } catch (NumberFormatException e) {
            version = -1;
        }
        if (!errors.isEmpty()) {
            return render(422, c, new Form("canvas", v, errors, null), null);
        }
        Canvas body = new Canvas().hypothesis(NetworkPages.blank(v.get("hypothesis"))).action(NetworkPages.blank(v.get("action")))
                .measure(NetworkPages.blank(v.get("measure"))).result(NetworkPages.blank(v.get("result")))
                .progressNote(NetworkPages.blank(v.get("progressNote"))).version(version);
        try {
            // the body's version locks (a stale one 409, handled below); no If-Match, which would answer 412 instead
            Api.call(() -> data.learning().canvas(id, pid, body, null));
            return Response.seeOther(URI.create(base(id, pid) + "?klaar=canvas#canvas")).build();
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.status() == 409) {
                // someone else saved meanwhile: keep what this person typed, with the version now current
                CaseView now = Api.call(() -> data.learning().getCase(id, pid));
                Map<String, String> kept = new HashMap<>(v);
                kept.put("version", String.valueOf(now.getVersion()));
                return render(409, c, new Form("canvas", kept, Map.of(), m.canvas_stale()), null);
            }
            if (p.status() == 422 || p.status() == 400) {
                for (String f : List.of("hypothesis", "action", "measure", "result", "progressNote")) {
                    NetworkPages.putError(errors, p, f, f);
                }
                return render(422, c, new Form("canvas", v, errors, errors.isEmpty() ? m.err_refused() : null), null);
            }
            if (p.status() == 403) {
                return render(403, c, new Form("canvas", v, Map.of(), m.err_own_case()), null);
            }
            throw e;
        }
    }

    private static String base(UUID id, UUID pid) {
        return "/netwerken/" + id + "/casus/" + pid;
    }

}
