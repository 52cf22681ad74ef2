package nl.leercultuur.survey.instrument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.leercultuur.platform.problem.Problem.FieldError;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.survey.instrument.InstrumentDtos.CreateInstrument;
import nl.leercultuur.survey.instrument.InstrumentDtos.InstrumentDetail;
import nl.leercultuur.survey.instrument.InstrumentDtos.InstrumentSummary;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.survey.instrument.InstrumentDtos.VersionSummary;
import nl.leercultuur.survey.instrument.InstrumentDtos.VersionView;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The instrument library: built-in and custom instruments, their versions and the version lifecycle. */
@ApplicationScoped
public class InstrumentService {

    private final ObjectMapper json;

    InstrumentService(ObjectMapper json) {
        this.json = json;
    }

    public Page<InstrumentSummary> list(int page, int size) {
        var q = Instrument.findAll(io.quarkus.panache.common.Sort.by("builtin").descending().and("key"));
        List<InstrumentSummary> items = q.page(page, size).<Instrument>list().stream().map(this::summary).toList();
        return new Page<>(items, page, size, q.count());
    }

    public InstrumentDetail detail(String key) {
        Instrument i = find(key);
        List<VersionSummary> versions = InstrumentVersion.of(i).stream()
                .map(v -> new VersionSummary(v.id, v.version, v.status.name(), v.createdAt, v.publishedAt)).toList();
        VersionView published = InstrumentVersion.latestPublished(i).map(this::view).orElse(null);
        return new InstrumentDetail(summary(i), versions, published);
    }

    public VersionView version(String key, int version) {
        Instrument i = find(key);
        return view(InstrumentVersion.of(i, version)
                .orElseThrow(() -> ProblemException.notFound("version of " + key, version)));
    }

    @Transactional
    public InstrumentDetail create(CreateInstrument req, boolean builtin) {
        return createAt(req, builtin, 1);
    }

    /** Creates an instrument whose first stored version has the given number (a built-in may start beyond 1). */
    @Transactional
    InstrumentDetail createAt(CreateInstrument req, boolean builtin, int firstVersion) {
        List<FieldError> errors = InstrumentValidator.validate(req.definition());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (Instrument.byKey(req.key()).isPresent()) {
            throw new ProblemException(409, "duplicate-key", "Conflict",
                    "an instrument with key '" + req.key() + "' already exists",
                    List.of(new FieldError("key", "already in use")), null);
        }
        Instrument i = new Instrument();
        i.id = UUID.randomUUID();
        i.key = req.key();
        i.name = req.name();
        i.description = req.description();
        i.measures = req.measures();
        i.audience = req.audience();
        i.sourceModel = req.sourceModel();
        i.builtin = builtin;
        i.createdAt = OffsetDateTime.now();
        i.persist();
        newVersion(i, firstVersion, req.definition());
        return detail(i.key);
    }

    /** Makes a new draft; editing a published version always goes through a new version. */
    @Transactional
    public VersionView draft(String key, InstrumentDefinition definition) {
        List<FieldError> errors = InstrumentValidator.validate(definition);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instrument i = find(key);
        List<InstrumentVersion> versions = InstrumentVersion.of(i);
        InstrumentVersion existingDraft = versions.stream()
                .filter(v -> v.status == InstrumentVersion.Status.DRAFT).findFirst().orElse(null);
        if (existingDraft != null) {
            existingDraft.definition = write(definition);
            return view(existingDraft);
        }
        int next = versions.stream().mapToInt(v -> v.version).max().orElse(0) + 1;
        return view(newVersion(i, next, definition));
    }

    @Transactional
    public VersionView changeStatus(String key, int version, InstrumentVersion.Status target) {
        Instrument i = find(key);
        InstrumentVersion v = InstrumentVersion.of(i, version)
                .orElseThrow(() -> ProblemException.notFound("version of " + key, version));
        v.status = v.status.moveTo(target, "version " + version + " of " + key);
        if (target == InstrumentVersion.Status.PUBLISHED) {
            v.publishedAt = OffsetDateTime.now();
        }
        return view(v);
    }

    public Instrument find(String key) {
        return Instrument.byKey(key).orElseThrow(() -> ProblemException.notFound("instrument", key));
    }

    InstrumentVersion newVersion(Instrument i, int number, InstrumentDefinition d) {
        InstrumentVersion v = new InstrumentVersion();
        v.id = UUID.randomUUID();
        v.instrument = i;
        v.version = number;
        v.status = InstrumentVersion.Status.DRAFT;
        v.definition = write(d);
        v.createdAt = OffsetDateTime.now();
        v.persist();
        return v;
    }

    public InstrumentDefinition definitionOf(InstrumentVersion v) {
        try {
            return json.readValue(v.definition, InstrumentDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored definition of " + v.id + " is unreadable", e);
        }
    }

    String write(InstrumentDefinition d) {
        try {
            return json.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    VersionView view(InstrumentVersion v) {
        return new VersionView(v.id, v.instrument.key, v.version, v.status.name(), v.publishedAt, definitionOf(v));
    }

    InstrumentSummary summary(Instrument i) {
        InstrumentVersion v = InstrumentVersion.latestPublished(i).orElse(null);
        InstrumentDefinition d = v == null ? null : definitionOf(v);
        int dims = d == null ? 0 : d.dimensions().size();
        int items = d == null ? 0 : d.dimensions().stream().mapToInt(x -> x.items().size()).sum();
        return new InstrumentSummary(i.key, i.name, i.description, i.measures, i.audience, i.sourceModel, i.builtin,
                d == null ? List.of() : d.languages(), v == null ? null : v.version, dims, items);
    }
}
