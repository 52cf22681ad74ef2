package nl.leercultuur.survey.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.contracts.events.Concepts;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.contracts.events.ScanCompleted;
import nl.leercultuur.platform.outbox.Outbox;
import nl.leercultuur.survey.instrument.InstrumentDefinition;
import nl.leercultuur.survey.instrument.InstrumentService;
import nl.leercultuur.survey.scan.ResponseRate;
import nl.leercultuur.survey.scan.Scan;
import nl.leercultuur.survey.scan.ScanClosing;
import nl.leercultuur.survey.scoring.ResultDtos.DimensionScore;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scan that closes is scored, keeps its overall index and is announced as survey.scan-completed.v1 (through the
 * outbox, in the closing transaction), with only the figures {@link ResultDisclosure} allows.
 */
@ApplicationScoped
public class ScanCompletion implements ScanClosing {

    private static final Logger LOG = Logger.getLogger(ScanCompletion.class);

    private final InstrumentService instruments;
    private final ScanScoring scoring;
    private final DimensionScores scores;
    private final Outbox outbox;

    ScanCompletion(InstrumentService instruments, ScanScoring scoring, DimensionScores scores, Outbox outbox) {
        this.instruments = instruments;
        this.scoring = scoring;
        this.scores = scores;
        this.outbox = outbox;
    }

    @Override
    public void closed(Scan s) {
        InstrumentDefinition def = instruments.definitionOf(s.instrumentVersion);
        ResultDisclosure.Outcome outcome = ResultDisclosure.decide(def, s.anonymityThreshold, s.responseCount,
                scoring.score(s.id, def));
        s.overallIndex = outcome.overallIndex();
        outbox.append(EventTypes.SCAN_COMPLETED, s.organisationId, s.id.toString(), event(s, def, outcome));
        LOG.infof("scan %s closed with %d responses%s", s.id, s.responseCount,
                outcome.suppressed() ? " (below threshold: suppressed)" : "");
    }

    /** The event of a closed scan: what it was, who answered how much, and the disclosed figures only. */
    ScanCompleted event(Scan s, InstrumentDefinition def, ResultDisclosure.Outcome outcome) {
        List<ScanCompleted.Dimension> dims = outcome.dimensions().stream().map(d -> {
            DimensionScore ds = scores.of(d);
            InstrumentDefinition.Scale scale = d.suppressed() ? null : scaleOfDimension(def, d.dimension());
            return new ScanCompleted.Dimension(ds.key(), ds.name(), ds.suppressed(), ds.n(), ds.mean(), ds.sd(),
                    ds.favourableShare(), ds.distribution(), scale == null ? null : BigDecimal.valueOf(scale.min()),
                    scale == null ? null : BigDecimal.valueOf(scale.max()),
                    conceptOf(s.instrumentVersion.instrument.key, d.dimension()));
        }).toList();
        return new ScanCompleted(s.id.toString(), s.organisationId, s.organisationName, s.sector,
                s.region, s.unitLabel, s.title,
                new ScanCompleted.Instrument(s.instrumentVersion.instrument.key, s.instrumentVersion.version,
                        def.mapsFrom()),
                s.openedAt, s.closedAt, s.responseCount, s.expectedPopulation,
                ResponseRate.of(s.responseCount, s.expectedPopulation), s.anonymityThreshold, outcome.suppressed(),
                outcome.overallIndex(), dims, def.scoring());
    }

    /** The concept the version names for the dimension, else the vocabulary's for a built-in dimension. */
    static String conceptOf(String instrumentKey, InstrumentDefinition.Dimension d) {
        if (d.concept() != null) {
            return d.concept();
        }
        return Concepts.builtIn().conceptOf(instrumentKey, d.key()).map(Concepts.Concept::key).orElse(null);
    }

    private static InstrumentDefinition.Scale scaleOfDimension(InstrumentDefinition def, InstrumentDefinition.Dimension d) {
        return d.items().stream().filter(InstrumentDefinition.Item::isScored).findFirst().flatMap(def::scaleOf).orElse(null);
    }
}
