package nl.leercultuur.survey.instrument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.leercultuur.contracts.events.Concepts;
import nl.leercultuur.platform.cluster.ClusterLock;
import nl.leercultuur.survey.instrument.InstrumentDtos.CreateInstrument;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads and refreshes the built-in instrument library from {@code instruments/*.json} at start (written by
 * tools/gen_instruments.py). Idempotent, and serialised across replicas by a cluster lock ({@link ClusterLock#lock}:
 * each replica waits for the one loading), so restarts and several replicas starting together never duplicate anything
 * or trip over each other.
 *
 * <ul>
 *   <li>An instrument not yet stored is created at the version its file names, and published.</li>
 *   <li>A file naming a higher version than any stored one adds that version, publishes it and retires the
 *       published versions before it. Published content never changes: scans made on an earlier version keep
 *       pointing at it and keep scoring on it; trends cross versions through the new version's {@code mapsFrom}.</li>
 *   <li>Metadata (name, description, measures, audience, source model) is not versioned: it follows the file.</li>
 *   <li>Every stored version of a built-in instrument gets, for each dimension without one, its concept from the
 *       shared vocabulary ({@link Concepts}). The concept is a label beside the content (items, scales, keys and
 *       scoring stay as they were), so versions published before the vocabulary existed carry it too. An existing
 *       concept is never overwritten.</li>
 * </ul>
 */
@ApplicationScoped
public class InstrumentLibrary {

    private static final Logger LOG = Logger.getLogger(InstrumentLibrary.class);
    /** The cluster lock that serialises loading across replicas. */
    private static final String LOCK = "survey.instrument-library";

    private final InstrumentService instruments;
    private final ObjectMapper json;
    private final ClusterLock cluster;

    InstrumentLibrary(InstrumentService instruments, ObjectMapper json, ClusterLock cluster) {
        this.instruments = instruments;
        this.json = json;
        this.cluster = cluster;
    }

    /** What one load did. */
    public record Outcome(int created, int versionsAdded, int metadataUpdated, int versionsLabelled) {
        boolean anything() {
            return created + versionsAdded + metadataUpdated + versionsLabelled > 0;
        }
    }

    /** A built-in file: the instrument as a custom one is authored, and the version its content is. */
    public record BuiltIn(CreateInstrument instrument, int version) {
    }

    void onStart(@Observes nl.leercultuur.platform.db.DatabaseStartup.DatabaseReady ev) {
        load();
    }

    /** Loads and refreshes the whole library; returns how many instruments were created. */
    @Transactional
    public int load() {
        return refresh().created();
    }

    /** Loads and refreshes the library of instruments/library.txt. */
    @Transactional
    public Outcome refresh() {
        return refresh(index().stream().map(this::read).toList());
    }

    /** Loads and refreshes these built-in instruments (the library's files, or a test's). */
    @Transactional
    public Outcome refresh(List<BuiltIn> library) {
        cluster.lock(LOCK);
        int created = 0;
        int added = 0;
        int metadata = 0;
        int labelled = 0;
        for (BuiltIn b : library) {
            CreateInstrument req = b.instrument();
            Optional<Instrument> stored = Instrument.byKey(req.key());
            if (stored.isEmpty()) {
                instruments.createAt(req, true, b.version());
                instruments.changeStatus(req.key(), b.version(), InstrumentVersion.Status.PUBLISHED);
                created++;
                continue;
            }
            Instrument i = stored.get();
            if (!i.builtin) {
                LOG.warnf("built-in instrument %s not loaded: a custom instrument has its key", req.key());
                continue;
            }
            if (updateMetadata(i, req)) {
                metadata++;
            }
            labelled += labelConcepts(i);
            if (addVersion(i, b)) {
                added++;
            }
        }
        Outcome outcome = new Outcome(created, added, metadata, labelled);
        if (outcome.anything()) {
            LOG.infof("built-in instrument library: %d created, %d new version(s), %d with new metadata, "
                    + "%d stored version(s) given their concepts", created, added, metadata, labelled);
        }
        return outcome;
    }

    private boolean updateMetadata(Instrument i, CreateInstrument req) {
        if (Objects.equals(i.name, req.name()) && Objects.equals(i.description, req.description())
                && Objects.equals(i.measures, req.measures()) && Objects.equals(i.audience, req.audience())
                && Objects.equals(i.sourceModel, req.sourceModel())) {
            return false;
        }
        i.name = req.name();
        i.description = req.description();
        i.measures = req.measures();
        i.audience = req.audience();
        i.sourceModel = req.sourceModel();
        return true;
    }

    /** Gives every dimension without a concept the one the vocabulary maps it to; returns the versions changed. */
    private int labelConcepts(Instrument i) {
        int changed = 0;
        for (InstrumentVersion v : InstrumentVersion.of(i)) {
            InstrumentDefinition d = instruments.definitionOf(v);
            InstrumentDefinition labelled = withConcepts(i.key, d);
            if (!labelled.equals(d)) {
                v.definition = instruments.write(labelled);
                changed++;
            }
        }
        return changed;
    }

    static InstrumentDefinition withConcepts(String instrumentKey, InstrumentDefinition d) {
        if (d.dimensions() == null) {
            return d;
        }
        List<InstrumentDefinition.Dimension> dims = new ArrayList<>();
        for (InstrumentDefinition.Dimension dim : d.dimensions()) {
            if (dim.concept() == null) {
                dims.add(Concepts.builtIn().conceptOf(instrumentKey, dim.key())
                        .map(c -> dim.withConcept(c.key())).orElse(dim));
            } else {
                dims.add(dim);
            }
        }
        return new InstrumentDefinition(d.languages(), d.scales(), dims, d.mapsFrom(), d.scoring());
    }

    /** Adds the file's version when it is newer than every stored one; warns when a stored version differs. */
    private boolean addVersion(Instrument i, BuiltIn b) {
        List<InstrumentVersion> versions = InstrumentVersion.of(i);
        Optional<InstrumentVersion> same = versions.stream().filter(v -> v.version == b.version()).findFirst();
        if (same.isPresent()) {
            if (!sameContent(instruments.definitionOf(same.get()), b.instrument().definition())) {
                LOG.warnf("built-in instrument %s: stored version %d differs from instruments/%s.json; a published "
                        + "version never changes, raise the version in tools/gen_instruments.py", i.key, b.version(), i.key);
            }
            return false;
        }
        int highest = versions.stream().mapToInt(v -> v.version).max().orElse(0);
        if (b.version() < highest) {
            LOG.warnf("built-in instrument %s: the file's version %d is older than stored version %d; left as is",
                    i.key, b.version(), highest);
            return false;
        }
        List<nl.leercultuur.platform.problem.Problem.FieldError> errors = InstrumentValidator.validate(b.instrument().definition());
        if (!errors.isEmpty()) {
            throw new IllegalStateException("built-in instrument " + i.key + " version " + b.version() + " is invalid: " + errors);
        }
        instruments.newVersion(i, b.version(), b.instrument().definition());
        instruments.changeStatus(i.key, b.version(), InstrumentVersion.Status.PUBLISHED);
        for (InstrumentVersion earlier : versions) {
            if (earlier.status == InstrumentVersion.Status.PUBLISHED) {
                instruments.changeStatus(i.key, earlier.version, InstrumentVersion.Status.RETIRED);
            }
        }
        LOG.infof("built-in instrument %s: version %d published, earlier versions retired (their scans keep them)",
                i.key, b.version());
        return true;
    }

    /** The same items, scales, dimensions and scoring, whatever concepts either names. */
    boolean sameContent(InstrumentDefinition a, InstrumentDefinition b) {
        return withoutConcepts(a).equals(withoutConcepts(b));
    }

    private JsonNode withoutConcepts(InstrumentDefinition d) {
        JsonNode tree = json.valueToTree(d);
        tree.path("dimensions").forEach(dim -> ((ObjectNode) dim).remove("concept"));
        return tree;
    }

    BuiltIn read(String file) {
        try (InputStream in = resource("instruments/" + file)) {
            ObjectNode doc = (ObjectNode) json.readTree(in);
            int version = doc.path("version").asInt(1);
            doc.remove("version");
            return new BuiltIn(json.treeToValue(doc, CreateInstrument.class), version);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("built-in instrument " + file + " is unreadable", e);
        }
    }

    List<String> index() {
        try (InputStream in = resource("instruments/library.txt")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }
}
