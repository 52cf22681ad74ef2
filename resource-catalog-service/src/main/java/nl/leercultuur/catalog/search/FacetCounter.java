package nl.leercultuur.catalog.search;

import nl.leercultuur.catalog.resource.ResourceDtos.Facet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, over every match, how many entries carry each value of the five facets (an entry listing a value twice
 * counts once). Counts by ordinal per segment, then by value: the top 50 of each facet, most entries first, then by value.
 */
final class FacetCounter extends SimpleCollector {

    /** Facet name as the API shows it, and the index field it is counted from. */
    static final String[][] FACETS = {{"kind", "kind"}, {"theme", "theme"}, {"dimension", "dimension"}, {"audience", "audience"}, {"language", "language"}};
    private static final boolean[] MANY = {false, true, true, true, false};
    private static final int TOP = 50;

    private final List<Map<String, Long>> counts = new ArrayList<>();
    private final SortedDocValues[] single = new SortedDocValues[FACETS.length];
    private final SortedSetDocValues[] multi = new SortedSetDocValues[FACETS.length];
    private final int[][] byOrdinal = new int[FACETS.length][];

    FacetCounter() {
        for (int f = 0; f < FACETS.length; f++) {
            counts.add(new HashMap<>());
        }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        for (int f = 0; f < FACETS.length; f++) {
            if (MANY[f]) {
                multi[f] = DocValues.getSortedSet(context.reader(), FACETS[f][1]);
                byOrdinal[f] = new int[(int) multi[f].getValueCount()];
            } else {
                single[f] = DocValues.getSorted(context.reader(), FACETS[f][1]);
                byOrdinal[f] = new int[single[f].getValueCount()];
            }
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        for (int f = 0; f < FACETS.length; f++) {
            if (MANY[f]) {
                if (multi[f].advanceExact(doc)) {
                    for (int k = 0; k < multi[f].docValueCount(); k++) {
                        byOrdinal[f][(int) multi[f].nextOrd()]++;
                    }
                }
            } else if (single[f].advanceExact(doc)) {
                byOrdinal[f][single[f].ordValue()]++;
            }
        }
    }

    /** Moves the segment's counts by ordinal into the counts by value. */
    private void flush() throws IOException {
        for (int f = 0; f < FACETS.length; f++) {
            if (byOrdinal[f] == null) {
                continue;
            }
            for (int ord = 0; ord < byOrdinal[f].length; ord++) {
                if (byOrdinal[f][ord] > 0) {
                    String value = (MANY[f] ? multi[f].lookupOrd(ord) : single[f].lookupOrd(ord)).utf8ToString();
                    counts.get(f).merge(value, (long) byOrdinal[f][ord], Long::sum);
                }
            }
            byOrdinal[f] = null;
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** One counter per slice, their counts added up. */
    static final class Manager implements CollectorManager<FacetCounter, Map<String, List<Facet>>> {
        @Override
        public FacetCounter newCollector() {
            return new FacetCounter();
        }

        @Override
        public Map<String, List<Facet>> reduce(Collection<FacetCounter> collectors) throws IOException {
            List<Map<String, Long>> total = new ArrayList<>();
            for (int f = 0; f < FACETS.length; f++) {
                total.add(new HashMap<>());
            }
            for (FacetCounter c : collectors) {
                c.flush();
                for (int f = 0; f < FACETS.length; f++) {
                    Map<String, Long> into = total.get(f);
                    c.counts.get(f).forEach((value, n) -> into.merge(value, n, Long::sum));
                }
            }
            Map<String, List<Facet>> out = new LinkedHashMap<>();
            for (int f = 0; f < FACETS.length; f++) {
                out.put(FACETS[f][0], total.get(f).entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                        .limit(TOP).map(e -> new Facet(e.getKey(), e.getValue())).toList());
            }
            return out;
        }
    }
}
