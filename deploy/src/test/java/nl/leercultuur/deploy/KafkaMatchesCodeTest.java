package nl.leercultuur.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.leercultuur.platform.events.EventTopics;
import nl.leercultuur.platform.inbox.IdempotentConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kafka against the code: a KafkaTopic for every event type's topic and its dead-letter topic, and per service a
 * KafkaUser whose ACLs are exactly what its outbox and inbox do, all derived from the sources (Code), not from values.
 */
class KafkaMatchesCodeTest {

    /** Topic -> operations, per service, as the code needs them. */
    static Map<String, Set<String>> neededAcls(String service) {
        Map<String, Set<String>> acl = new TreeMap<>();
        for (String type : Code.produced(service)) {
            acl.computeIfAbsent("topic:" + EventTopics.topicOf(type), k -> new TreeSet<>()).addAll(Set.of("Write", "Describe"));
        }
        for (String type : Code.consumed(service)) {
            String topic = EventTopics.topicOf(type);
            acl.computeIfAbsent("topic:" + topic, k -> new TreeSet<>()).addAll(Set.of("Read", "Describe"));
            // undeliverable events go to <topic>.dlq through the consumer's own producer
            acl.computeIfAbsent("topic:" + topic + IdempotentConsumer.DLQ_SUFFIX, k -> new TreeSet<>()).addAll(Set.of("Write", "Describe"));
        }
        Code.consumerGroup(service).ifPresent(g -> acl.computeIfAbsent("group:" + g, k -> new TreeSet<>()).add("Read"));
        return acl;
    }

    static Map<String, Set<String>> renderedAcls(JsonNode user) {
        Map<String, Set<String>> acl = new TreeMap<>();
        for (JsonNode rule : user.path("spec").path("authorization").path("acls")) {
            JsonNode r = rule.path("resource");
            assertEquals("literal", r.path("patternType").asText(), "no prefix or wildcard grants");
            Set<String> ops = acl.computeIfAbsent(r.path("type").asText() + ":" + r.path("name").asText(), k -> new TreeSet<>());
            rule.path("operations").forEach(op -> assertTrue(ops.add(op.asText()), "twice " + op));
        }
        return acl;
    }

    @Test
    void theCodeUsesOnlyContractedEventTypesAndEachHasAProducer() {
        Set<String> produced = new TreeSet<>();
        Set<String> consumed = new TreeSet<>();
        for (String s : Code.SERVICES) {
            produced.addAll(Code.produced(s));
            consumed.addAll(Code.consumed(s));
        }
        assertTrue(Code.eventTypes().containsAll(produced), "produced " + produced);
        assertTrue(Code.eventTypes().containsAll(consumed), "consumed " + consumed);
        assertEquals(Code.eventTypes(), produced, "every contracted event type is published by some service");
        // what the derivation found (read it against the README's architecture)
        for (String s : Code.SERVICES) {
            System.out.println(s + ": produces " + Code.produced(s) + ", consumes " + Code.consumed(s)
                    + Code.consumerGroup(s).map(g -> " as group " + g).orElse(""));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void aTopicForEveryEventTypeAndItsDeadLetters(String profile) {
        RenderedChart c = RenderedChart.of(profile);
        Set<String> expected = new TreeSet<>();
        for (String type : Code.eventTypes()) {
            expected.add(EventTopics.topicOf(type));
            expected.add(EventTopics.topicOf(type) + IdempotentConsumer.DLQ_SUFFIX);
        }
        Set<String> rendered = new TreeSet<>();
        JsonNode kafka = c.kind("Kafka").findFirst().orElseThrow();
        int brokers = c.kind("KafkaNodePool").mapToInt(p -> p.path("spec").path("replicas").asInt()).sum();
        for (JsonNode t : c.kind("KafkaTopic").toList()) {
            JsonNode spec = t.path("spec");
            rendered.add(spec.path("topicName").asText());
            assertEquals(RenderedChart.name(kafka), t.path("metadata").path("labels").path("strimzi.io/cluster").asText());
            assertTrue(spec.path("partitions").asInt() >= 1);
            assertTrue(spec.path("config").has("retention.ms"), "retention chosen on purpose: " + RenderedChart.name(t));
            int replicas = spec.path("replicas").asInt();
            int minIsr = spec.path("config").path("min.insync.replicas").asInt();
            assertTrue(replicas <= brokers, "replicas <= brokers");
            if (profile.equals("prod")) {
                assertEquals(3, replicas, RenderedChart.name(t));
                assertEquals(2, minIsr, RenderedChart.name(t));
            } else {
                assertEquals(1, replicas);
                assertEquals(1, minIsr);
            }
        }
        assertEquals(expected, rendered);
        assertEquals("false", kafka.path("spec").path("kafka").path("config").path("auto.create.topics.enable").asText());
    }

    @Test
    void theBrokersRunTheKafkaVersionTheClientsAreBuiltWith() {
        String pom = RenderedChart.read(RenderedChart.repoRoot().resolve("pom.xml"));
        String clients = pom.replaceFirst("(?s).*<kafka.version>([^<]+)</kafka.version>.*", "$1");
        for (String p : RenderedChart.profiles()) {
            assertEquals(clients, RenderedChart.of(p).kind("Kafka").findFirst().orElseThrow().path("spec").path("kafka")
                    .path("version").asText(), p);
        }
    }

    @Test
    void prodHasThreeBrokersThatAreAlsoControllers() {
        JsonNode pool = RenderedChart.of("prod").kind("KafkaNodePool").findFirst().orElseThrow().path("spec");
        assertEquals(3, pool.path("replicas").asInt());
        assertEquals(Set.of("broker", "controller"), strings(pool.path("roles")));
        JsonNode dev = RenderedChart.of("dev").kind("KafkaNodePool").findFirst().orElseThrow().path("spec");
        assertEquals(1, dev.path("replicas").asInt());
        assertEquals(Set.of("broker", "controller"), strings(dev.path("roles")));
    }

    static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void eachServiceSignsInAsItsOwnUserAllowedExactlyWhatItDoes() {
        RenderedChart c = RenderedChart.of("prod");
        JsonNode listener = c.kind("Kafka").findFirst().orElseThrow().path("spec").path("kafka").path("listeners").get(0);
        assertEquals("scram-sha-512", listener.path("authentication").path("type").asText());
        assertEquals("simple", c.kind("Kafka").findFirst().orElseThrow().path("spec").path("kafka").path("authorization").path("type").asText());
        Set<String> users = new TreeSet<>();
        c.kind("KafkaUser").forEach(u -> users.add(RenderedChart.name(u)));
        Set<String> expectedUsers = new TreeSet<>();
        for (String s : Code.SERVICES) {
            if (Code.usesKafka(s)) {
                expectedUsers.add("leercultuur-" + s);
                JsonNode user = c.one("KafkaUser", "leercultuur-" + s);
                assertEquals("scram-sha-512", user.path("spec").path("authentication").path("type").asText());
                assertEquals(neededAcls(s), renderedAcls(user), s);
            }
        }
        assertEquals(expectedUsers, users, "a user for each service that uses Kafka, and no other");
    }

    @Test
    void devRunsWithoutSignInAndSaysSo() {
        RenderedChart c = RenderedChart.of("dev");
        assertEquals(0, c.kind("KafkaUser").count());
        JsonNode kafka = c.kind("Kafka").findFirst().orElseThrow().path("spec").path("kafka");
        assertFalse(kafka.path("listeners").get(0).has("authentication"));
        assertFalse(kafka.has("authorization"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyKafkaClientsReachTheListener(String profile) {
        RenderedChart c = RenderedChart.of(profile);
        Set<String> peers = new TreeSet<>();
        c.kind("Kafka").findFirst().orElseThrow().path("spec").path("kafka").path("listeners").get(0)
                .path("networkPolicyPeers").forEach(p -> peers.add(p.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText()));
        Set<String> clients = new TreeSet<>();
        Code.SERVICES.stream().filter(Code::usesKafka).forEach(clients::add);
        assertEquals(clients, peers);
    }
}
