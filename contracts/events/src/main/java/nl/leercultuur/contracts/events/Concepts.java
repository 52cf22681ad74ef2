package nl.leercultuur.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared vocabulary of concepts (vocabulary/concepts.json): one key per idea a dimension can measure, so that the
 * same idea measured by two instruments has one name across the platform (analytics, catalogue recommendations,
 * the regional overview) and two different ideas never share one. Each concept lists the built-in instrument
 * dimensions that measure it; every built-in dimension belongs to exactly one concept.
 *
 * <p>Immutable and safe to share; {@link #builtIn()} loads the vocabulary once.
 */
public final class Concepts {

    public static final String RESOURCE = "vocabulary/concepts.json";

    /** Dutch and English text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Text(String nl, String en) {
    }

    /** One dimension of a built-in instrument, by key. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InstrumentDimension(String instrument, String dimension) {
    }

    /** A concept: its stable key, name, one-line description and the built-in dimensions that measure it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Concept(String key, Text name, Text description, List<InstrumentDimension> dimensions) {
        public Concept {
            dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        }
    }

    private static final class Holder {
        static final Concepts BUILT_IN = load();
    }

    private final Map<String, Concept> byKey;
    private final Map<InstrumentDimension, Concept> byDimension;

    private Concepts(List<Concept> concepts) {
        Map<String, Concept> keys = new LinkedHashMap<>();
        Map<InstrumentDimension, Concept> dims = new LinkedHashMap<>();
        for (Concept c : concepts) {
            Objects.requireNonNull(c.key(), "concept without key");
            if (keys.putIfAbsent(c.key(), c) != null) {
                throw new IllegalStateException("concept key used twice: " + c.key());
            }
            for (InstrumentDimension d : c.dimensions()) {
                Concept earlier = dims.putIfAbsent(d, c);
                if (earlier != null) {
                    throw new IllegalStateException(d.instrument() + "/" + d.dimension() + " maps to both "
                            + earlier.key() + " and " + c.key());
                }
            }
        }
        this.byKey = Collections.unmodifiableMap(keys);
        this.byDimension = Collections.unmodifiableMap(dims);
    }

    /** The vocabulary shipped in this artifact. */
    public static Concepts builtIn() {
        return Holder.BUILT_IN;
    }

    /** Reads a vocabulary (a JSON list of concepts); refuses duplicate keys and a dimension mapped twice. */
    public static Concepts read(InputStream json) throws IOException {
        Concept[] list = new ObjectMapper().readValue(json, Concept[].class);
        return new Concepts(List.of(list));
    }

    private static Concepts load() {
        try (InputStream in = Concepts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All concepts, in the vocabulary's order. */
    public List<Concept> all() {
        return List.copyOf(byKey.values());
    }

    public Optional<Concept> byKey(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    public boolean contains(String key) {
        return key != null && byKey.containsKey(key);
    }

    /** The concept a built-in instrument's dimension measures, if the vocabulary lists it. */
    public Optional<Concept> conceptOf(String instrumentKey, String dimensionKey) {
        return Optional.ofNullable(byDimension.get(new InstrumentDimension(instrumentKey, dimensionKey)));
    }

    /** Every built-in instrument dimension the vocabulary maps, with its concept. */
    public Map<InstrumentDimension, Concept> dimensions() {
        return byDimension;
    }
}
