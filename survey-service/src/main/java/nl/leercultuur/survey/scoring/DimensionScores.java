package nl.leercultuur.survey.scoring;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.survey.scoring.ResultDtos.DimensionScore;

import java.util.Map;

/** A disclosed dimension as results and the scan-completed event show it: figures only when it is not withheld. */
@ApplicationScoped
public class DimensionScores {

    private static final TypeReference<Map<String, Integer>> DISTRIBUTION = new TypeReference<>() {
    };

    private final ObjectMapper json;

    DimensionScores(ObjectMapper json) {
        this.json = json;
    }

    public DimensionScore of(ResultDisclosure.Disclosed d) {
        String name = d.dimension().name().getOrDefault("nl", d.dimension().key());
        ScanScoring.DimensionStats st = d.stats();
        if (st == null) {
            return new DimensionScore(d.dimension().key(), name, true, null, null, null, null, null);
        }
        Map<String, Integer> dist;
        try {
            dist = json.readValue(st.distributionJson(), DISTRIBUTION);
        } catch (Exception e) {
            throw new IllegalStateException("stored distribution of scan dimension " + st.key() + " is not JSON", e);
        }
        return new DimensionScore(st.key(), name, null, st.n(), st.mean(), st.sd(), st.favourableShare(), dist);
    }
}
