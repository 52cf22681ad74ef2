package nl.leercultuur.survey.followup;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.survey.instrument.InstrumentDefinition;
import nl.leercultuur.survey.instrument.InstrumentDtos.VersionView;
import nl.leercultuur.survey.instrument.InstrumentService;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/** Serves the praatplaat (followup/praatplaat.json), read-only; optionally tied to one instrument version's dimensions. */
@ApplicationScoped
public class FollowUpTemplates {

    static final String RESOURCE = "followup/praatplaat.json";

    private final InstrumentService instruments;
    private final FollowUpTemplate template;

    FollowUpTemplates(ObjectMapper json, InstrumentService instruments) {
        this.instruments = instruments;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            this.template = json.readValue(in, FollowUpTemplate.class);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " is unreadable", e);
        }
    }

    /** The template itself. */
    public FollowUpTemplate template() {
        return template;
    }

    /**
     * The template with, per topic, the dimensions of the instrument version (the latest published one when no
     * version is given) that measure the topic's concepts.
     */
    public FollowUpTemplate template(String instrumentKey, Integer version) {
        if (instrumentKey == null || instrumentKey.isBlank()) {
            if (version != null) {
                throw ProblemException.invalid("version", "only together with instrument");
            }
            return template;
        }
        VersionView v = version == null ? instruments.detail(instrumentKey).published() : instruments.version(instrumentKey, version);
        if (v == null) {
            throw ProblemException.notFound("published version of instrument", instrumentKey);
        }
        InstrumentDefinition def = v.definition();
        List<FollowUpTemplate.Step> steps = template.steps().stream().map(s -> new FollowUpTemplate.Step(s.number(),
                s.key(), s.title(), s.questions(), s.concepts(), def.dimensions().stream()
                .filter(d -> d.concept() != null && s.concepts().contains(d.concept()))
                .map(InstrumentDefinition.Dimension::key).toList())).toList();
        return new FollowUpTemplate(template.key(), template.title(), template.purpose(), template.source(), steps,
                template.perTopic(), template.prioritise(), Objects.requireNonNull(v.instrumentKey()), v.version());
    }
}
