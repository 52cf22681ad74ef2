package nl.leercultuur.survey.openlink;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.leercultuur.platform.ratelimit.PostgresRateLimiter;
import nl.leercultuur.platform.ratelimit.RateLimiter;

/**
 * The open links' limits, shared by every replica of survey-service: platform's PostgreSQL store on the service's own
 * database (table from {@code db/platform/ratelimit}), so a link's N answers per minute are N in total however many
 * pods take them. While the database is away the answer cannot be stored anyway; the limiter then decides locally.
 */
@Singleton
class OpenLinkLimits {

    /** Open links are answered by people, a few per second at most: four connections of the pool are plenty. */
    private static final int THREADS = 4;

    @Produces
    @Singleton
    RateLimiter limiter(AgroalDataSource dataSource, MeterRegistry registry) {
        return new PostgresRateLimiter(dataSource, registry, PostgresRateLimiter.Settings.defaults().withThreads(THREADS));
    }

    void close(@Disposes RateLimiter limiter) {
        if (limiter instanceof PostgresRateLimiter p) {
            p.close();
        }
    }
}
