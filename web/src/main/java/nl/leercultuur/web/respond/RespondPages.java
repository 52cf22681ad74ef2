package nl.leercultuur.web.respond;

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
import nl.leercultuur.client.survey.api.RespondApi;
import nl.leercultuur.client.survey.model.Questionnaire;
import nl.leercultuur.client.survey.model.Section;
import nl.leercultuur.client.survey.model.Submission;
import nl.leercultuur.web.api.Api;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.api.Gateway;
import nl.leercultuur.web.shell.Shell;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answering a scan, without signing in: with a personal code (/respond/{code}, the link printed with every code)
 * one dimension per step, each step saved as a draft so that a respondent can stop and continue later; or with
 * the scan's open link (/respond?link=…), whose answers travel with the form until they are sent.
 */
@Path("/respond")
@Produces(MediaType.TEXT_HTML)
public class RespondPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance enterCode(String code, String error);

        static native TemplateInstance intro(Questionnaire q, String startUrl, int steps, boolean resumed);

        static native TemplateInstance step(Questionnaire q, String action, int step, int steps, int percent, String stepTitle,
                                            List<Questions.Field> fields, Map<String, String> carried, boolean openLink,
                                            String notice, boolean hasErrors);

        static native TemplateInstance problem(String title, String text, int status);

        static native TemplateInstance saved(String link);

        static native TemplateInstance thanks();
    }

    private final RespondApi api;
    private final Shell shell;

    RespondPages(Gateway gateway, Shell shell) {
        this.api = new RespondApi(gateway.survey());
        this.shell = shell;
    }

    private RespondMessages msg() {
        return MessageBundles.get(RespondMessages.class, Localized.Literal.of(shell.lang()));
    }

    @GET
    public Response start(@QueryParam("code") String code, @QueryParam("link") String link) {
        if (link != null && !link.isBlank()) {
            return shell.respond(200, openIntro(link.trim()));
        }
        if (code == null || code.isBlank()) {
            return shell.respond(200, Templates.enterCode("", null));
        }
        String c = normalise(code);
        if (!c.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")) {
            return shell.respond(422, Templates.enterCode(code, msg().code_malformed()));
        }
        return Response.seeOther(URI.create("/respond/" + c)).build();
    }

    @GET
    @Path("bedankt")
    public TemplateInstance thanks() {
        return shell.page(Templates.thanks());
    }

    @GET
    @Path("{code}")
    public Response intro(@PathParam("code") String code) {
        try {
            Questionnaire q = questionnaire(code);
            List<Section> steps = Questions.steps(q);
            Map<String, Object> saved = q.getSavedAnswers();
            boolean resumed = saved != null && !saved.isEmpty();
            int at = resumed ? Questions.resumeAt(steps, saved) : 1;
            return shell.respond(200, Templates.intro(q, "/respond/" + normalise(code) + "/" + at, steps.size(), resumed));
        } catch (ApiRefusal e) {
            return problem(e.problem());
        }
    }

    @GET
    @Path("{code}/opgeslagen")
    public TemplateInstance saved(@PathParam("code") String code) {
        return shell.page(Templates.saved("/respond/" + normalise(code)));
    }

    @GET
    @Path("{code}/{step}")
    public Response step(@PathParam("code") String code, @PathParam("step") int step) {
        try {
            Questionnaire q = questionnaire(code);
            return render(200, q, "/respond/" + normalise(code) + "/", step, q.getSavedAnswers(), Map.of(), false, null);
        } catch (ApiRefusal e) {
            return problem(e.problem());
        }
    }

    @POST
    @Path("{code}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("code") String code, @PathParam("step") int step, MultivaluedMap<String, String> form) {
        String c = normalise(code);
        String base = "/respond/" + c + "/";
        String action = form.getFirst("action") == null ? "next" : form.getFirst("action");
        try {
            Questionnaire q = questionnaire(c);
            List<Section> steps = Questions.steps(q);
            if (step < 1 || step > steps.size()) {
                return Response.seeOther(URI.create(base + "1")).build();
            }
            Section current = steps.get(step - 1);
            Map<String, Object> stepAnswers = Questions.read(current, single(form));
            Map<String, Object> all = Questions.merge(q.getSavedAnswers(), current, stepAnswers);
            if (!"back".equals(action) && !"save".equals(action)) {
                Map<String, String> missing = Questions.missing(current, stepAnswers, msg().answer_required());
                if (!missing.isEmpty()) {
                    return render(422, q, base, step, all, missing, false, null);
                }
            }
            if ("submit".equals(action) && step == steps.size()) {
                return submit(q, base, all, () -> Api.call(() -> api.submitAnswers(c, submission(all))));
            }
            try {
                Api.call(() -> api.saveDraft(c, submission(all)));
            } catch (ApiRefusal e) {
                if (e.problem().status() == 422 || e.problem().status() == 400) {
                    return render(422, q, base, step, all, fieldErrors(e.problem(), current), false, null);
                }
                throw e;
            }
            return switch (action) {
                case "back" -> Response.seeOther(URI.create(base + Math.max(1, step - 1))).build();
                case "save" -> Response.seeOther(URI.create("/respond/" + c + "/opgeslagen")).build();
                default -> Response.seeOther(URI.create(base + Math.min(steps.size(), step + 1))).build();
            };
        } catch (ApiRefusal e) {
            return problem(e.problem());
        }
    }

    // --- the open link: answers travel with the form until they are sent ---

    private TemplateInstance openIntro(String token) {
        try {
            Questionnaire q = Api.call(() -> api.getOpenLinkQuestionnaire(token, shell.lang()));
            return Templates.intro(q, "/respond/open/" + encode(token) + "/1", Questions.steps(q).size(), false);
        } catch (ApiRefusal e) {
            throw e;
        }
    }

    @GET
    @Path("open/{token}/{step}")
    public Response openStep(@PathParam("token") String token, @PathParam("step") int step) {
        try {
            Questionnaire q = Api.call(() -> api.getOpenLinkQuestionnaire(token, shell.lang()));
            return render(200, q, "/respond/open/" + encode(token) + "/", step, Map.of(), Map.of(), true, null);
        } catch (ApiRefusal e) {
            return problem(e.problem());
        }
    }

    @POST
    @Path("open/{token}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response openAnswer(@PathParam("token") String token, @PathParam("step") int step, MultivaluedMap<String, String> form) {
        String base = "/respond/open/" + encode(token) + "/";
        String action = form.getFirst("action") == null ? "next" : form.getFirst("action");
        try {
            Questionnaire q = Api.call(() -> api.getOpenLinkQuestionnaire(token, shell.lang()));
            List<Section> steps = Questions.steps(q);
            int s = Math.max(1, Math.min(steps.size(), step));
            Map<String, String> values = single(form);
            Map<String, Object> all = new LinkedHashMap<>();
            steps.forEach(section -> all.putAll(Questions.read(section, values)));
            Section current = steps.get(s - 1);
            if (!"back".equals(action)) {
                Map<String, String> missing = Questions.missing(current, Questions.read(current, values), msg().answer_required());
                if (!missing.isEmpty()) {
                    return render(422, q, base, s, all, missing, true, null);
                }
            }
            if ("submit".equals(action) && s == steps.size()) {
                return submit(q, base, all, () -> Api.call(() -> api.submitOpenLinkAnswers(token, submission(all))));
            }
            int next = "back".equals(action) ? Math.max(1, s - 1) : Math.min(steps.size(), s + 1);
            return render(200, q, base, next, all, Map.of(), true, null);
        } catch (ApiRefusal e) {
            return problem(e.problem());
        }
    }

    // --- shared ---

    private Response submit(Questionnaire q, String base, Map<String, Object> all, Runnable send) {
        List<Section> steps = Questions.steps(q);
        boolean openLink = base.startsWith("/respond/open/");
        try {
            send.run();
            return Response.seeOther(URI.create("/respond/bedankt")).build();
        } catch (ApiRefusal e) {
            ApiProblem p = e.problem();
            if (p.status() == 422 || p.status() == 400) {
                Map<String, String> errors = new HashMap<>();
                p.errors().forEach((field, message) -> errors.put(field.startsWith("answers.") ? field.substring(8) : field,
                        "an answer is required".equals(message) ? msg().answer_required() : message));
                int at = Math.max(1, Questions.stepOf(steps, errors.keySet()));
                return render(422, q, base, at, all, errors, openLink, msg().fix_errors());
            }
            if (p.status() == 429 && openLink) {
                // the open link is busy: keep every answer on the page, say when sending again will work
                return render(429, q, base, steps.size(), all, Map.of(), true,
                        msg().rate_limited(p.retryAfterSeconds().orElse(60L)));
            }
            return problem(p);
        }
    }

    private Response render(int status, Questionnaire q, String base, int step, Map<String, Object> answers,
                            Map<String, String> errors, boolean openLink, String notice) {
        List<Section> steps = Questions.steps(q);
        if (steps.isEmpty()) {
            return problem(new ApiProblem(404, "not-found", "", "", Map.of(), java.util.Optional.empty()));
        }
        int s = Math.max(1, Math.min(steps.size(), step));
        Section current = steps.get(s - 1);
        RespondMessages m = msg();
        List<Questions.Field> fields = Questions.fields(current, answers, errors, m.yes(), m.no());
        Map<String, String> carried = new LinkedHashMap<>();
        if (openLink) {
            // the other steps' answers, as hidden fields of this step's form
            for (Section other : steps) {
                if (other != current) {
                    other.getItems().forEach(item -> {
                        Object v = answers.get(item.getKey());
                        if (v != null) {
                            carried.put(item.getKey(), String.valueOf(v));
                        }
                    });
                }
            }
        }
        int percent = (int) Math.round(100.0 * (s - 1) / steps.size());
        return shell.respond(status, Templates.step(q, base + s, s, steps.size(), percent, current.getTitle(), fields, carried,
                openLink, notice, !errors.isEmpty()));
    }

    private Response problem(ApiProblem p) {
        RespondMessages m = msg();
        String title, text;
        int status = p.status();
        if (p.is("code-used")) {
            title = m.used_title(); text = m.used_text();
        } else if (p.is("code-revoked") || status == 410) {
            title = m.revoked_title(); text = m.revoked_text(); status = 410;
        } else if (p.is("scan-not-open")) {
            title = m.closed_title(); text = m.closed_text();
        } else if (status == 404 || status == 400) {
            title = m.unknown_title(); text = m.unknown_text(); status = 404;
        } else if (status == 429) {
            title = m.busy_title(); text = m.rate_limited(p.retryAfterSeconds().orElse(60L));
        } else {
            throw new ApiRefusal(p); // the general pages say it (service away, and so on)
        }
        Response r = shell.respond(status, Templates.problem(title, text, status));
        if (status == 429) {
            return Response.fromResponse(r).header("Retry-After", p.retryAfterSeconds().orElse(60L)).build();
        }
        return r;
    }

    private Questionnaire questionnaire(String code) {
        return Api.call(() -> api.getQuestionnaire(normalise(code), shell.lang()));
    }

    private Submission submission(Map<String, Object> answers) {
        return new Submission().language(shell.english() ? Submission.LanguageEnum.EN : Submission.LanguageEnum.NL)
                .answers(new HashMap<>(answers));
    }


    private static Map<String, String> fieldErrors(ApiProblem p, Section current) {
        Map<String, String> errors = new HashMap<>();
        current.getItems().forEach(item -> {
            String e = p.errorFor(item.getKey());
            if (e != null) {
                errors.put(item.getKey(), e);
            }
        });
        return errors;
    }

    private static Map<String, String> single(MultivaluedMap<String, String> form) {
        Map<String, String> m = new HashMap<>();
        form.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                m.put(k, v.get(0));
            }
        });
        return m;
    }

    /** Codes are read from paper: any case, spaces or missing dashes are forgiven. */
    static String normalise(String code) {
        String c = code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        return c.length() == 12 ? c.substring(0, 4) + "-" + c.substring(4, 8) + "-" + c.substring(8) : code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
