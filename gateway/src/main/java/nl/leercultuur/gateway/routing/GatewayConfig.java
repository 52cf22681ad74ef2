package nl.leercultuur.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Map;

/** Where each backend lives and which public path prefixes it owns; addresses come from configuration. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Map<String, Backend> backends();

    /** Connections kept per backend (Vert.x' default of 5 throttles a busy gateway). */
    @WithDefault("64")
    int poolSize();

    interface Backend {
        String url();

        List<String> prefixes();

        /** No answer from the backend within this time: 504. */
        @WithDefault("10000")
        long timeoutMs();

        /** Consecutive failures that open the circuit. */
        @WithDefault("5")
        int breakerThreshold();

        /** How long an open circuit refuses calls before one probe is let through. */
        @WithDefault("5000")
        long breakerOpenMs();
    }
}
