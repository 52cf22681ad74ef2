package nl.leercultuur.survey.instrument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content of one instrument version: named scales, dimensions and their items, texts per language.
 * Stored as a JSON document on the version; a published version's document never changes.
 *
 * @param mapsFrom for trends across versions: dimension key in this version -> dimension key in the
 *                 previous version that measures the same thing (unmapped dimensions are not compared)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstrumentDefinition(List<String> languages, Map<String, Scale> scales, List<Dimension> dimensions,
                                   Map<String, String> mapsFrom, Map<String, Object> scoring) {

    public enum ItemType { LIKERT, FREQUENCY, YES_NO, SINGLE_CHOICE, OPEN_TEXT }

    /** A scale with labelled points from {@code min} to {@code max}; labels per language, one per point. */
    public record Scale(int min, int max, Map<String, List<String>> labels) {
    }

    /**
     * @param minRespondents the fewest respondents this dimension needs for a reliable score; the scan's
     *                       anonymity threshold applies when it is stricter
     * @param concept        the key of the concept this dimension measures in the shared vocabulary
     *                       ({@link nl.leercultuur.contracts.events.Concepts}); every built-in dimension has one, a
     *                       custom dimension may name one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dimension(String key, Map<String, String> name, Map<String, String> description, List<Item> items,
                            Integer minRespondents, String concept) {

        /** A dimension that names no concept. */
        public Dimension(String key, Map<String, String> name, Map<String, String> description, List<Item> items,
                         Integer minRespondents) {
            this(key, name, description, items, minRespondents, null);
        }

        /** The same dimension measuring the given concept. */
        public Dimension withConcept(String conceptKey) {
            return new Dimension(key, name, description, items, minRespondents, conceptKey);
        }

        /** The respondents needed before this dimension's figures may be shown under a scan's threshold. */
        public int respondentsNeeded(int scanThreshold) {
            return minRespondents == null ? scanThreshold : Math.max(scanThreshold, minRespondents);
        }

        /** Items whose answers are averaged into the dimension score. */
        @JsonIgnore
        public long scoredItemCount() {
            return items.stream().filter(Item::isScored).count();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String key, Map<String, String> text, ItemType type, String scale, Boolean reverse,
                       Boolean required, List<Option> options) {
        @JsonIgnore
        public boolean isReverse() {
            return Boolean.TRUE.equals(reverse);
        }

        @JsonIgnore
        public boolean isRequired() {
            return required == null || required;
        }

        /** Whether the answer is a scale point that counts towards the dimension's mean (yes/no and choices are counted, not averaged). */
        @JsonIgnore
        public boolean isScored() {
            return type == ItemType.LIKERT || type == ItemType.FREQUENCY;
        }
    }

    public record Option(String key, Map<String, String> label) {
    }

    /** The YES_NO scale: no = 0, yes = 1. */
    public static final Scale YES_NO = new Scale(0, 1, Map.of("nl", List.of("nee", "ja"), "en", List.of("no", "yes")));

    public Optional<Scale> scaleOf(Item item) {
        if (item.type() == ItemType.YES_NO) {
            return Optional.of(YES_NO);
        }
        return Optional.ofNullable(item.scale() == null || scales == null ? null : scales.get(item.scale()));
    }

    public Optional<Item> item(String key) {
        return dimensions.stream().flatMap(d -> d.items().stream()).filter(i -> i.key().equals(key)).findFirst();
    }

    public Optional<Dimension> dimensionOf(String itemKey) {
        return dimensions.stream().filter(d -> d.items().stream().anyMatch(i -> i.key().equals(itemKey))).findFirst();
    }
}
