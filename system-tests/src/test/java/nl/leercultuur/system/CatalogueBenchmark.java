package nl.leercultuur.system;

import nl.leercultuur.testkit.TestPostgres;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * Issue 5's figure: search latency (p50/p95) with 100,000 resources in the catalogue. The data generator lives
 * here, not in the demo data: 100,000 published entries of random Dutch words in the catalogue's database, then a
 * mix of queries straight to resource-catalog-service (and one line through the gateway), each with facets.
 */
class CatalogueBenchmark {

    static final List<String> QUERIES = List.of(
            "q=leren", "q=leercultuur organisatie", "q=psychologische veiligheid", "q=studenten begeleiding",
            "q=verandermanagement&kind=book", "q=leert", "q=veranderbereidhied", "theme=leadership&size=20",
            "kind=podcast&sort=newest", "dimension=role-of-mentors&audience=student", "q=reflectie&sort=title",
            "q=werkplek leren&minDuration=10&maxDuration=60");

    @Test
    void searchLatencyAtOneHundredThousandResources() throws Exception {
        SystemUnderTest sys = SystemUnderTest.get();
        TestPostgres.Database db = sys.databases.get("catalog");
        int n = 100_000 * Bench.scale();
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.server().user(), db.server().password());
             Statement s = c.createStatement()) {
            s.execute("""
                    WITH words AS (SELECT ARRAY['leren','leercultuur','organisatie','team','zorg','student','begeleiding',
                        'veiligheid','psychologische','verandering','leiderschap','reflectie','feedback','werkplek','praktijk',
                        'ontwikkelen','kennis','vakmanschap','innovatie','samenwerking','coaching','intervisie','ouderenzorg',
                        'ziekenhuis','wijkverpleging','digitaal','e-learning','simulatie','opleiding','mentor','stage',
                        'klimaat','cultuur','motivatie','autonomie','vertrouwen','dialoog','experiment','onderzoek','creëren'] AS w),
                    themes AS (SELECT ARRAY['change-management','leadership','workplace-learning','measuring-learning-culture',
                        'learning-technology','psychological-safety','reflection','students-and-placements'] AS t),
                    dims AS (SELECT ARRAY['work-content','room-and-safety','collaboration','leadership','organisation',
                        'outside-world','continuous-learning','team-learning','psychological-safety','role-of-mentors',
                        'ward-atmosphere','formal','informal'] AS d),
                    kinds AS (SELECT ARRAY['book','article','podcast','video','website','good-practice','toolkit'] AS k),
                    syllables AS (SELECT ARRAY['ver','be','ont','ge','wer','kan','mo','la','ri','tel','dor','pen','sta',
                        'lin','gra','vo','mer','ka','zel','tu'] AS s)
                    INSERT INTO resource (id, kind, title, authors, year, language, duration_minutes, summary, themes,
                                          dimension_keys, audience, status, created_by, published_at)
                    SELECT gen_random_uuid(), k[1 + (i % 7)],
                           initcap(s[1 + (i % 20)] || s[1 + (i * 3 % 20)] || s[1 + (i * 7 % 20)]) || ' en '
                               || w[1 + (i * 13 % 40)] || ' ' || i,
                           'Auteur ' || (i % 5000), 1990 + (i % 35), CASE WHEN i % 10 = 0 THEN 'en' ELSE 'nl' END,
                           CASE WHEN i % 7 IN (2, 3) THEN 5 + (i % 90) END,
                           -- a summary: 22 words from ~8,000 made-up words and 3 of the 40 domain words, as real
                           -- texts mix a specialist vocabulary with a few common subject words
                           (SELECT string_agg(CASE WHEN g <= 3 THEN w[1 + ((i * g * 31 + g * 7) % 40)]
                                   ELSE s[1 + ((i * g * 7 + g) % 20)] || s[1 + ((i * 11 + g * 3) % 20)] || s[1 + ((i + g * 13) % 20)] END, ' ')
                            FROM generate_series(1, 25) g),
                           ARRAY[t[1 + (i % 8)], t[1 + (i * 3 % 8)]], ARRAY[d[1 + (i % 13)], d[1 + (i * 5 % 13)]],
                           ARRAY[(ARRAY['leader','team','hr-ld','student','employee'])[1 + (i % 5)]],
                           'PUBLISHED', 'benchmark', now()
                    FROM generate_series(1, ROWS) i, words, themes, dims, kinds, syllables
                    """.replace("ROWS", String.valueOf(n)));
            s.execute("ANALYZE resource");
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        Bench.report("catalogue.txt", String.format("generated %,d resources in %.1f s (generated tsvector and trigram columns, indexes)",
                n, loadSeconds));
        String base = sys.catalog.url() + "/api/v1/catalog/resources?";
        Bench.run("warm-up", 600, 4, i -> Bench.request(base + encode(QUERIES.get(i % QUERIES.size())), null).GET().build());
        for (String q : QUERIES) {
            Bench.Result r = Bench.run("search " + q, 200, 4, i -> Bench.request(base + encode(q), null).GET().build());
            Bench.report("catalogue.txt", r.line());
        }
        Bench.Result mixed = Bench.run("mixed queries straight to the service", 2400, 4,
                i -> Bench.request(base + encode(QUERIES.get(i % QUERIES.size())), null).GET().build());
        Bench.report("catalogue.txt", mixed.line());
        Bench.Result viaGateway = Bench.run("mixed queries through the gateway", 2400, 4,
                i -> Bench.request(sys.gatewayUrl() + "/api/v1/catalog/resources?" + encode(QUERIES.get(i % QUERIES.size())), null).GET().build());
        Bench.report("catalogue.txt", viaGateway.line());
        Bench.Result rec = Bench.run("recommendations for two dimensions", 1000, 4,
                i -> Bench.request(sys.catalog.url() + "/api/v1/catalog/recommendations?dimension=role-of-mentors&dimension=ward-atmosphere", null).GET().build());
        Bench.report("catalogue.txt", rec.line());
        if (mixed.errors() + viaGateway.errors() > 0) {
            throw new AssertionError("searches failed: " + mixed.statuses() + " " + viaGateway.statuses());
        }
    }

    /** Keeps the query's '=' and '&' and encodes the values. */
    static String encode(String query) {
        StringBuilder sb = new StringBuilder();
        for (String part : query.split("&")) {
            String[] kv = part.split("=", 2);
            sb.append(sb.length() == 0 ? "" : "&").append(kv[0]).append('=').append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
