package nl.leercultuur.platform.events;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the platform's Kafka clients sign in to the cluster: the same {@code kafka.*} keys the Kafka readiness check's
 * admin client is built from (security protocol, SASL mechanism and JAAS line, trust store), read once for the outbox
 * relay's producer and the inbox's consumer and dead-letter producer. Nothing set (the local stack, the tests):
 * plaintext, as before. On Kubernetes the chart sets them for SCRAM-SHA-512 over TLS (deploy/README.md).
 */
public final class KafkaSecurity {

    static final List<String> KEYS = List.of("security.protocol", "sasl.mechanism", "sasl.jaas.config",
            "ssl.truststore.type", "ssl.truststore.certificates");

    private KafkaSecurity() {
    }

    /** The client settings to add (Kafka's own names), only those configured with a value. */
    public static Map<String, String> settings() {
        return settings(ConfigProvider.getConfig());
    }

    static Map<String, String> settings(Config config) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : KEYS) {
            config.getOptionalValue("kafka." + k, String.class).map(String::trim).filter(v -> !v.isEmpty())
                    .ifPresent(v -> m.put(k, v));
        }
        return m;
    }
}
