package nl.leercultuur.analytics.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.leercultuur.contracts.events.Concepts;
import nl.leercultuur.platform.db.DatabaseStartup;
import nl.leercultuur.platform.sql.SqlValues;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives dimension scores stored without a concept (before the vocabulary, or from events that carried none) the
 * concept the shared vocabulary maps their built-in instrument dimension to. Runs at start, after the migrations;
 * idempotent (only rows without a concept, never overwriting one), so restarts and replicas starting together are
 * harmless. A custom dimension that names no concept stays without.
 */
@ApplicationScoped
public class ConceptBackfill {

    private static final Logger LOG = Logger.getLogger(ConceptBackfill.class);

    private final EntityManager em;

    ConceptBackfill(EntityManager em) {
        this.em = em;
    }

    void onStart(@Observes DatabaseStartup.DatabaseReady ev) {
        int filled = fill();
        if (filled > 0) {
            LOG.infof("gave %d stored dimension score(s) their concept from the vocabulary", filled);
        }
    }

    /** Fills the concept of every stored built-in dimension score without one; returns the rows changed. */
    @Transactional
    public int fill() {
        List<String> instruments = new ArrayList<>();
        List<String> dimensions = new ArrayList<>();
        List<String> concepts = new ArrayList<>();
        Concepts.builtIn().dimensions().forEach((d, c) -> {
            instruments.add(d.instrument());
            dimensions.add(d.dimension());
            concepts.add(c.key());
        });
        if (concepts.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("""
                        UPDATE dimension_score ds SET concept = v.concept
                        FROM scan_profile sp,
                             unnest(CAST(?1 AS text[]), CAST(?2 AS text[]), CAST(?3 AS text[])) AS v(instrument, dimension, concept)
                        WHERE ds.concept IS NULL AND sp.scan_id = ds.scan_id
                          AND sp.instrument_key = v.instrument AND ds.dimension_key = v.dimension
                        """)
                .setParameter(1, SqlValues.arrayLiteral(instruments))
                .setParameter(2, SqlValues.arrayLiteral(dimensions))
                .setParameter(3, SqlValues.arrayLiteral(concepts))
                .executeUpdate();
    }
}
