package nl.leercultuur.catalog.search;

import nl.leercultuur.catalog.resource.ResourceDtos.Facet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts, over every match, how many entries carry each value of the five facets (an entry listing a value twice
 * counts once): the top 50 of each facet, most entries first, then by value. The values of each segment's entries are
 * read from its doc values once, into arrays of ordinals ({@link Segment}, kept until the segment closes), so that
 * counting a match is a few array reads instead of five doc-values lookups.
 */
final class FacetCounter extends SimpleCollector {

    /** Facet name as the API shows it, which is also the index field it is counted from. */
    static final String[] FACETS = {"kind", "theme", "dimension", "audience", "language"};
    private static final int TOP = 50;

    /** One segment's facet values: for facet f, document d carries values[f][ords[f][k]] for k in start[f][d]..start[f][d+1]. */
    record Segment(String[][] values, int[][] start, int[][] ords) {

        static Segment of(LeafReader reader) {
            try {
                int maxDoc = reader.maxDoc();
                String[][] values = new String[FACETS.length][];
                int[][] start = new int[FACETS.length][];
                int[][] ords = new int[FACETS.length][];
                for (int f = 0; f < FACETS.length; f++) {
                    int[] from = new int[maxDoc + 1];
                    int[] list = new int[Math.max(16, maxDoc)];
                    int n = 0;
                    // a single-valued facet (kind, language) reads as a set of at most one value
                    SortedSetDocValues dv = DocValues.getSortedSet(reader, FACETS[f]);
                    values[f] = new String[(int) dv.getValueCount()];
                    for (int ord = 0; ord < values[f].length; ord++) {
                        values[f][ord] = dv.lookupOrd(ord).utf8ToString();
                    }
                    int doc = dv.nextDoc();
                    for (int d = 0; d < maxDoc; d++) {
                        from[d] = n;
                        if (doc == d) {
                            for (int k = 0; k < dv.docValueCount(); k++) {
                                if (n == list.length) {
                                    list = java.util.Arrays.copyOf(list, list.length * 2);
                                }
                                list[n++] = (int) dv.nextOrd();
                            }
                            doc = dv.nextDoc();
                        }
                    }
                    from[maxDoc] = n;
                    start[f] = from;
                    ords[f] = java.util.Arrays.copyOf(list, n);
                }
                return new Segment(values, start, ords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The segments' facet values, by the segment's core (the same while only its deletions change). */
    static final class Segments {
        private final Map<Object, Segment> byCore = new ConcurrentHashMap<>();

        Segment of(LeafReader reader) {
            IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
            if (helper == null) {
                return Segment.of(reader);
            }
            return byCore.computeIfAbsent(helper.getKey(), key -> {
                helper.addClosedListener(byCore::remove);
                return Segment.of(reader);
            });
        }
    }

    private final Segments segments;
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private Segment segment;
    private int[][] byOrdinal;
    // the current segment's arrays, unpacked for collect(): single-valued facets (kind, language) have one ordinal per
    // entry (start[d]..start[d]+1 holds at most one), the others a range of ordinals
    private int[] kindFrom, kindOrds, kindN, languageFrom, languageOrds, languageN;
    private int[] themeFrom, themeOrds, themeN, dimensionFrom, dimensionOrds, dimensionN, audienceFrom, audienceOrds, audienceN;

    FacetCounter(Segments segments) {
        this.segments = segments;
        for (int f = 0; f < FACETS.length; f++) {
            counts.add(new HashMap<>());
        }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        flush();
        segment = segments.of(context.reader());
        byOrdinal = new int[FACETS.length][];
        for (int f = 0; f < FACETS.length; f++) {
            byOrdinal[f] = new int[segment.values()[f].length];
        }
        int[][] from = segment.start();
        int[][] ords = segment.ords();
        kindFrom = from[0];
        kindOrds = ords[0];
        kindN = byOrdinal[0];
        themeFrom = from[1];
        themeOrds = ords[1];
        themeN = byOrdinal[1];
        dimensionFrom = from[2];
        dimensionOrds = ords[2];
        dimensionN = byOrdinal[2];
        audienceFrom = from[3];
        audienceOrds = ords[3];
        audienceN = byOrdinal[3];
        languageFrom = from[4];
        languageOrds = ords[4];
        languageN = byOrdinal[4];
    }

    @Override
    public void collect(int doc) {
        count(doc, kindFrom, kindOrds, kindN);
        count(doc, themeFrom, themeOrds, themeN);
        count(doc, dimensionFrom, dimensionOrds, dimensionN);
        count(doc, audienceFrom, audienceOrds, audienceN);
        count(doc, languageFrom, languageOrds, languageN);
    }

    private static void count(int doc, int[] from, int[] ords, int[] n) {
        for (int k = from[doc], end = from[doc + 1]; k < end; k++) {
            n[ords[k]]++;
        }
    }

    /** Moves the segment's counts by ordinal into the counts by value. */
    private void flush() {
        if (segment == null) {
            return;
        }
        for (int f = 0; f < FACETS.length; f++) {
            for (int ord = 0; ord < byOrdinal[f].length; ord++) {
                if (byOrdinal[f][ord] > 0) {
                    counts.get(f).merge(segment.values()[f][ord], (long) byOrdinal[f][ord], Long::sum);
                }
            }
        }
        segment = null;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** One counter per slice, their counts added up. */
    static final class Manager implements CollectorManager<FacetCounter, Map<String, List<Facet>>> {
        private final Segments segments;

        Manager(Segments segments) {
            this.segments = segments;
        }

        @Override
        public FacetCounter newCollector() {
            return new FacetCounter(segments);
        }

        @Override
        public Map<String, List<Facet>> reduce(Collection<FacetCounter> collectors) {
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
                out.put(FACETS[f], total.get(f).entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                        .limit(TOP).map(e -> new Facet(e.getKey(), e.getValue())).toList());
            }
            return out;
        }
    }
}
