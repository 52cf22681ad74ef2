package nl.leercultuur.catalog.resource;

import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.contracts.events.Concepts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Catalogue tags through the shared vocabulary of concepts (event-contracts' {@code vocabulary/concepts.json}): which
 * concepts an entry's instrument dimension keys stand for, and which dimension keys a concept gathers. A dimension key
 * that two instruments use for different concepts is read by the instrument the entry's other keys belong to (with no
 * such hint it stands for each of its concepts).
 */
@ApplicationScoped
public class ConceptTags {

    private final Concepts vocabulary;
    /** dimension key → instrument → concept */
    private final Map<String, Map<String, String>> byDimension = new LinkedHashMap<>();

    ConceptTags() {
        this(Concepts.builtIn());
    }

    public ConceptTags(Concepts vocabulary) {
        this.vocabulary = vocabulary;
        vocabulary.dimensions().forEach((d, c) ->
                byDimension.computeIfAbsent(d.dimension(), k -> new LinkedHashMap<>()).put(d.instrument(), c.key()));
    }

    public boolean isConcept(String key) {
        return vocabulary.contains(key);
    }

    /** Every concept a dimension key stands for, whichever instrument uses it. */
    public Set<String> conceptsOf(String dimensionKey) {
        Map<String, String> byInstrument = byDimension.get(dimensionKey);
        return byInstrument == null ? Set.of() : new LinkedHashSet<>(byInstrument.values());
    }

    /** The dimension keys that measure a concept, in the vocabulary's order. */
    public List<String> dimensionsOf(String concept) {
        return vocabulary.byKey(concept).map(c -> c.dimensions().stream().map(Concepts.InstrumentDimension::dimension).distinct().toList())
                .orElse(List.of());
    }

    /** An entry's concepts from its dimension keys, each key read by the instrument most of the entry's keys belong to. */
    public List<String> fromDimensions(List<String> dimensionKeys) {
        Map<String, Integer> instrumentVotes = new LinkedHashMap<>();
        for (String key : dimensionKeys) {
            Map<String, String> byInstrument = byDimension.get(key);
            if (byInstrument != null && new LinkedHashSet<>(byInstrument.values()).size() == 1) {
                byInstrument.keySet().forEach(i -> instrumentVotes.merge(i, 1, Integer::sum));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String key : dimensionKeys) {
            Map<String, String> byInstrument = byDimension.get(key);
            if (byInstrument == null) {
                continue;
            }
            Set<String> options = new LinkedHashSet<>(byInstrument.values());
            if (options.size() == 1) {
                out.addAll(options);
                continue;
            }
            int best = byInstrument.keySet().stream().mapToInt(i -> instrumentVotes.getOrDefault(i, 0)).max().orElse(0);
            List<String> chosen = new ArrayList<>();
            byInstrument.forEach((instrument, concept) -> {
                if (best == 0 || instrumentVotes.getOrDefault(instrument, 0) == best) {
                    chosen.add(concept);
                }
            });
            out.addAll(chosen);
        }
        return List.copyOf(out);
    }
}
