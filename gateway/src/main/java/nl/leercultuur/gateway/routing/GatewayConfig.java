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

    /** Limits per client: the token's subject, or the address for anonymous calls. */
    Limits limits();

    interface Limits {
        /** Requests per minute for a signed-in client (user or partner system). */
        @WithDefault("600")
        int authenticatedPerMinute();

        /** Requests per minute for an anonymous address. */
        @WithDefault("120")
        int anonymousPerMinute();

        /** Answers (POST/PUT under /api/v1/surveys/respond) per minute per address: stricter, nobody signs in there. */
        @WithDefault("30")
        int respondPerMinute();

        /** Largest request body accepted, in bytes. */
        @WithDefault("10485760")
        long maxBodyBytes();
    }

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
