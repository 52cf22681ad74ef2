package nl.leercultuur.catalog.resource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import nl.leercultuur.platform.db.DatabaseStartup.DatabaseReady;
import nl.leercultuur.platform.sql.SqlValues;
import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Gives entries written before concepts existed (curators' and members' entries; the seed script writes its own) their
 * concepts, from their dimension keys through the vocabulary ({@link ConceptTags}). Runs once the schema is migrated;
 * touches only entries that have dimension keys and no concepts yet, so it is idempotent.
 */
@ApplicationScoped
public class ConceptBackfill {

    private static final Logger LOG = Logger.getLogger(ConceptBackfill.class);

    private final EntityManager em;
    private final ConceptTags tags;

    ConceptBackfill(EntityManager em, ConceptTags tags) {
        this.em = em;
        this.tags = tags;
    }

    void onReady(@Observes DatabaseReady ready) {
        int updated = QuarkusTransaction.requiringNew().call(this::backfill);
        if (updated > 0) {
            LOG.infof("concepts given to %d catalogue entries from their dimension keys", updated);
        }
    }

    public int backfill() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT id, array_to_string(dimension_keys, ',') AS dims FROM resource "
                + "WHERE concepts = '{}' AND dimension_keys <> '{}'", Tuple.class).getResultList();
        int updated = 0;
        for (Tuple t : rows) {
            List<String> concepts = tags.fromDimensions(Arrays.asList(t.get("dims", String.class).split(",")));
            if (!concepts.isEmpty()) {
                updated += em.createNativeQuery("UPDATE resource SET concepts = CAST(:concepts AS text[]) WHERE id = :id AND concepts = '{}'")
                        .setParameter("concepts", SqlValues.arrayLiteral(concepts)).setParameter("id", t.get("id", UUID.class)).executeUpdate();
            }
        }
        return updated;
    }
}
