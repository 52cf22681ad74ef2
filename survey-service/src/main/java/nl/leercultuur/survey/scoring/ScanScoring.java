package nl.leercultuur.survey.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Scores a scan in the database in one statement: per dimension the respondents' scale scores (the mean of
 * their answered items) give n, mean and standard deviation; favourable share and distribution count the
 * item answers. Works the same for 10 or 100,000 responses, with no per-response round trips.
 */
@ApplicationScoped
public class ScanScoring {

    @Inject
    EntityManager em;

    public record DimensionStats(String key, int n, BigDecimal mean, BigDecimal sd, BigDecimal favourableShare,
                                 String distributionJson) {
    }

    /** Computes and stores the results of the scan (replacing earlier ones); returns them per dimension. */
    public List<DimensionStats> score(UUID scanId) {
        em.createNativeQuery("DELETE FROM dimension_result WHERE scan_id = ?1").setParameter(1, scanId).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO dimension_result (scan_id, dimension_key, n, mean, sd, favourable_share, distribution)
                WITH scored AS (
                    SELECT response_id, dimension_key, score, favourable FROM answer
                    WHERE scan_id = ?1 AND score IS NOT NULL
                ), per_respondent AS (
                    SELECT dimension_key, avg(score) AS s FROM scored GROUP BY dimension_key, response_id
                ), stats AS (
                    SELECT dimension_key, count(*) AS n, avg(s) AS mean, coalesce(stddev_samp(s), 0) AS sd
                    FROM per_respondent GROUP BY dimension_key
                ), fav AS (
                    SELECT dimension_key, avg(CASE WHEN favourable THEN 1.0 ELSE 0.0 END) AS share
                    FROM scored GROUP BY dimension_key
                ), points AS (
                    SELECT dimension_key, trim_scale(score)::text AS point, count(*) AS c
                    FROM scored GROUP BY dimension_key, score
                ), dist AS (
                    SELECT dimension_key, jsonb_object_agg(point, c) AS d FROM points GROUP BY dimension_key
                )
                SELECT ?1, s.dimension_key, s.n, round(s.mean, 3), round(s.sd, 3), round(f.share, 4), d.d
                FROM stats s JOIN fav f USING (dimension_key) JOIN dist d USING (dimension_key)
                """).setParameter(1, scanId).executeUpdate();
        return stored(scanId);
    }

    public List<DimensionStats> stored(UUID scanId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT dimension_key, n, mean, sd, favourable_share, distribution::text FROM dimension_result "
                        + "WHERE scan_id = ?1 ORDER BY dimension_key").setParameter(1, scanId).getResultList();
        List<DimensionStats> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new DimensionStats((String) r[0], ((Number) r[1]).intValue(), (BigDecimal) r[2], (BigDecimal) r[3],
                    (BigDecimal) r[4], (String) r[5]));
        }
        return out;
    }

    /** The overall index: the unweighted mean of the dimension means. */
    public static BigDecimal overallIndex(List<DimensionStats> dims) {
        if (dims.isEmpty()) {
            return null;
        }
        BigDecimal sum = dims.stream().map(DimensionStats::mean).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(dims.size()), 3, RoundingMode.HALF_UP);
    }

    public static BigDecimal responseRate(int responses, Integer population) {
        if (population == null || population <= 0) {
            return null;
        }
        return BigDecimal.valueOf(responses).divide(BigDecimal.valueOf(population), 4, RoundingMode.HALF_UP);
    }
}
