package nl.leercultuur.catalog.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The best {@code wanted} matches in the database's orders, with the number of matches. Lucene's own sorting by a
 * text field copies the title of every competitive match out of its compressed doc values (a tenth of a search's
 * time); here each order is computed once per state of the index into one number per entry ({@link Orders}: the
 * entry's position in {@code lower(title), id} and in {@code year DESC NULLS LAST, created_at DESC, id}), and a
 * match costs an array read and, when it is among the best so far, a step in a heap.
 */
final class Ranking {

    private Ranking() {
    }

    /** Every entry's position in the two orders, for one reader (an index state); global document ids. */
    record Orders(IndexReader reader, int[] byTitle, int[] byNewest, BytesRef[] ids) {

        static Orders of(IndexReader reader) throws IOException {
            int n = reader.maxDoc();
            BytesRef[] titles = new BytesRef[n];
            BytesRef[] ids = new BytesRef[n];
            int[] years = new int[n];
            long[] created = new long[n];
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues title = DocValues.getSorted(leaf.reader(), "title");
                SortedDocValues id = DocValues.getSorted(leaf.reader(), "id");
                NumericDocValues year = DocValues.getNumeric(leaf.reader(), "year");
                NumericDocValues made = DocValues.getNumeric(leaf.reader(), "created");
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    int g = leaf.docBase + d;
                    titles[g] = title.advanceExact(d) ? BytesRef.deepCopyOf(title.lookupOrd(title.ordValue())) : new BytesRef();
                    ids[g] = id.advanceExact(d) ? BytesRef.deepCopyOf(id.lookupOrd(id.ordValue())) : new BytesRef();
                    years[g] = year.advanceExact(d) ? (int) year.longValue() : Integer.MIN_VALUE;
                    created[g] = made.advanceExact(d) ? made.longValue() : Long.MIN_VALUE;
                }
            }
            Comparator<Integer> byId = (a, b) -> ids[a].compareTo(ids[b]);
            int[] byTitle = positions(n, ((Comparator<Integer>) (a, b) -> titles[a].compareTo(titles[b])).thenComparing(byId));
            int[] byNewest = positions(n, ((Comparator<Integer>) (a, b) -> Integer.compare(years[b], years[a]))
                    .thenComparing((a, b) -> Long.compare(created[b], created[a])).thenComparing(byId));
            return new Orders(reader, byTitle, byNewest, ids);
        }

        private static int[] positions(int n, Comparator<Integer> order) {
            Integer[] docs = new Integer[n];
            for (int i = 0; i < n; i++) {
                docs[i] = i;
            }
            Arrays.sort(docs, order);
            int[] position = new int[n];
            for (int i = 0; i < n; i++) {
                position[docs[i]] = i;
            }
            return position;
        }
    }

    /** A match among the best: its relevance (0 when not ranked), its position in the order, its global document id. */
    record Hit(float score, int position, int doc) {
    }

    /** Better first: higher relevance when ranked, then the lower position. */
    static final Comparator<Hit> BETTER_FIRST = (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.position, b.position);

    /** Collects the number of matches and the best {@code wanted} of them in a heap whose root is the worst kept. */
    static final class Best extends SimpleCollector {
        private final int[] positions;
        private final boolean byScore;
        private final int wanted;
        private final float[] score;
        private final int[] position;
        private final int[] doc;
        private int size;
        private long total;
        private int docBase;
        private Scorable scorer;

        Best(int[] positions, boolean byScore, int wanted) {
            this.positions = positions;
            this.byScore = byScore;
            this.wanted = wanted;
            this.score = new float[wanted];
            this.position = new int[wanted];
            this.doc = new int[wanted];
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int d) throws IOException {
            total++;
            int g = docBase + d;
            float s = byScore ? scorer.score() : 0f;
            int p = positions[g];
            if (size < wanted) {
                score[size] = s;
                position[size] = p;
                doc[size] = g;
                up(size++);
            } else if (worse(score[0], position[0], s, p)) {
                score[0] = s;
                position[0] = p;
                doc[0] = g;
                down(0);
            }
        }

        /** Whether (s1, p1) comes after (s2, p2) in the order. */
        private static boolean worse(float s1, int p1, float s2, int p2) {
            return s1 != s2 ? s1 < s2 : p1 > p2;
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!worse(score[i], position[i], score[parent], position[parent])) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int worst = i;
                if (l < size && worse(score[l], position[l], score[worst], position[worst])) {
                    worst = l;
                }
                if (r < size && worse(score[r], position[r], score[worst], position[worst])) {
                    worst = r;
                }
                if (worst == i) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int a, int b) {
            float s = score[a];
            score[a] = score[b];
            score[b] = s;
            int p = position[a];
            position[a] = position[b];
            position[b] = p;
            int d = doc[a];
            doc[a] = doc[b];
            doc[b] = d;
        }

        @Override
        public ScoreMode scoreMode() {
            return byScore ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** The matches counted and the best kept, best first. */
    record Found(long total, List<Hit> best) {
    }

    static final class Manager implements CollectorManager<Best, Found> {
        private final int[] positions;
        private final boolean byScore;
        private final int wanted;

        Manager(int[] positions, boolean byScore, int wanted) {
            this.positions = positions;
            this.byScore = byScore;
            this.wanted = wanted;
        }

        @Override
        public Best newCollector() {
            return new Best(positions, byScore, wanted);
        }

        @Override
        public Found reduce(Collection<Best> collectors) {
            long total = 0;
            List<Hit> all = new ArrayList<>();
            for (Best b : collectors) {
                total += b.total;
                for (int i = 0; i < b.size; i++) {
                    all.add(new Hit(b.score[i], b.position[i], b.doc[i]));
                }
            }
            all.sort(BETTER_FIRST);
            return new Found(total, all.size() > wanted ? all.subList(0, wanted) : all);
        }
    }
}
