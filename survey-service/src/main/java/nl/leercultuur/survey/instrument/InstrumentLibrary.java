package nl.leercultuur.survey.instrument;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.leercultuur.survey.instrument.InstrumentDtos.CreateInstrument;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads the built-in instrument library from {@code instruments/*.json} at start. Idempotent: an instrument
 * whose key exists is left alone, so restarts and several replicas never duplicate or alter it.
 */
@ApplicationScoped
public class InstrumentLibrary {

    private static final Logger LOG = Logger.getLogger(InstrumentLibrary.class);

    private final InstrumentService instruments;
    private final ObjectMapper json;

    InstrumentLibrary(InstrumentService instruments, ObjectMapper json) {
        this.instruments = instruments;
        this.json = json;
    }

    void onStart(@Observes nl.leercultuur.platform.db.DatabaseStartup.DatabaseReady ev) {
        load();
    }

    @Transactional
    public int load() {
        int created = 0;
        for (String file : index()) {
            try (InputStream in = resource("instruments/" + file)) {
                CreateInstrument req = json.readValue(in, CreateInstrument.class);
                if (Instrument.byKey(req.key()).isPresent()) {
                    continue;
                }
                instruments.create(req, true);
                Instrument i = instruments.find(req.key());
                instruments.changeStatus(i.key, 1, InstrumentVersion.Status.PUBLISHED);
                created++;
            } catch (IOException e) {
                throw new IllegalStateException("built-in instrument " + file + " is unreadable", e);
            }
        }
        if (created > 0) {
            LOG.infof("loaded %d built-in instrument(s)", created);
        }
        return created;
    }

    private List<String> index() {
        try (InputStream in = resource("instruments/library.txt")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }
}
