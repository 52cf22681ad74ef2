package nl.leercultuur.network.demo;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.leercultuur.platform.db.DatabaseStartup.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Demo data for the local stack and the tests (profiles {@code stack} and {@code test}), never in production: the
 * region's member organisations and the learning network "Leercultuur" of seed 000 (its six sessions with titles,
 * speakers and phases, the quotes and highlights they produced, the vote on four themes), from the scripts in
 * {@code db/demo}. They insert fixed ids; a row nobody has edited since (lock version 0) takes corrections, anything else
 * is left as it is, so they run on every start once the schema is migrated. tools/seed-fidelity.json lists what the seed
 * says; SeedFidelityTest holds the data to it.
 * <p>
 * Not a Flyway location: {@code quarkus.flyway.locations} is fixed when the application is built, so a profile chosen
 * when the stack starts the (production) build could not add one; this switch is read at run time.
 */
@ApplicationScoped
public class DemoData {

    /** In order: the network names organisations. */
    static final List<String> SCRIPTS = List.of("db/demo/R__demo_organisations.sql", "db/demo/R__demo_organisations_2_network.sql");

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final AgroalDataSource dataSource;
    private final boolean enabled;

    DemoData(AgroalDataSource dataSource, @ConfigProperty(name = "leercultuur.demo-data.enabled", defaultValue = "false") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    void load(@Observes DatabaseReady ready) throws SQLException {
        if (!enabled) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String script : SCRIPTS) {
                s.execute(text(script));
            }
        }
        LOG.infof("demo data loaded (%s)", String.join(", ", SCRIPTS));
    }

    private static String text(String resource) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo script " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
