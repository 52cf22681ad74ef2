package nl.leercultuur.platform.events;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KafkaSecurityTest {

    static Map<String, String> with(Map<String, String> values) {
        return KafkaSecurity.settings(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 100)).build());
    }

    @Test
    void nothingSetIsPlaintextAsBefore() {
        assertEquals(Map.of(), with(Map.of("kafka.bootstrap.servers", "x:9092", "kafka.security.protocol", " ")));
    }

    @Test
    void theClusterSignInIsPassedOnUnderKafkasOwnNames() {
        assertEquals(Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512",
                        "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"survey\" password=\"p\";",
                        "ssl.truststore.type", "PEM"),
                with(Map.of("kafka.security.protocol", "SASL_SSL", "kafka.sasl.mechanism", "SCRAM-SHA-512",
                        "kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"survey\" password=\"p\";",
                        "kafka.ssl.truststore.type", "PEM", "kafka.group.id", "ignored")));
    }
}
