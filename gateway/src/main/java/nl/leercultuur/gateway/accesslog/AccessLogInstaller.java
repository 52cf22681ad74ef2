package nl.leercultuur.gateway.accesslog;

import io.quarkus.bootstrap.logging.QuarkusDelayedHandler;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.leercultuur.gateway.config.GatewayConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.handlers.ConsoleHandler;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;

/**
 * Puts {@link BatchedAccessLog} under the access log's category at start, in place of the root's handlers, and takes it
 * away at shutdown after writing what is queued. The console's own level, filter and formatter (text or JSON) still
 * decide each line; the root's other handlers (a log file, say) still get every line, from the writer thread. Left as
 * it is when batching is off ({@code gateway.access-log.batch-ms=0}), when the category has handlers of its own, or when
 * there is no plain console handler to stand in for (an asynchronous console already writes off the event loop).
 */
@ApplicationScoped
class AccessLogInstaller {

    static final String CATEGORY = "gateway.access";

    private final GatewayConfig config;
    private final boolean stderr;
    private BatchedAccessLog installed;

    AccessLogInstaller(GatewayConfig config, @ConfigProperty(name = "quarkus.log.console.stderr", defaultValue = "false") boolean stderr) {
        this.config = config;
        this.stderr = stderr;
    }

    void start(@Observes StartupEvent e) {
        GatewayConfig.AccessLog c = config.accessLog();
        Logger access = LogContext.getLogContext().getLogger(CATEGORY);
        if (c.batchMs() <= 0 || access.getHandlers().length > 0 || !access.getUseParentHandlers()) {
            return;
        }
        List<Handler> leaves = new ArrayList<>();
        for (Handler h : LogContext.getLogContext().getLogger("").getHandlers()) {
            collect(h, leaves);
        }
        ConsoleHandler console = null;
        List<Handler> others = new ArrayList<>();
        for (Handler h : leaves) {
            if (console == null && h instanceof ConsoleHandler ch) {
                console = ch;
            } else {
                others.add(h);
            }
        }
        if (console == null) {
            return;
        }
        Charset charset = console.getCharset() != null ? console.getCharset() : Charset.defaultCharset();
        installed = new BatchedAccessLog(console, stderr ? System.err : System.out, charset, others, c.queueSize(),
                Duration.ofMillis(c.batchMs()));
        access.addHandler(installed);
        access.setUseParentHandlers(false);
    }

    void stop(@Observes ShutdownEvent e) {
        if (installed == null) {
            return;
        }
        // written first, then each line at once by our handler until the root's handlers take over again: in order
        installed.close();
        Logger access = LogContext.getLogContext().getLogger(CATEGORY);
        access.setUseParentHandlers(true);
        access.removeHandler(installed);
        installed = null;
    }

    /** The handlers that write: Quarkus' delayed handler at the root holds the configured ones. */
    private static void collect(Handler h, List<Handler> into) {
        if (h instanceof QuarkusDelayedHandler d) {
            for (Handler child : d.getHandlers()) {
                collect(child, into);
            }
        } else {
            into.add(h);
        }
    }
}
