package nl.leercultuur.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The NetworkPolicies evaluated (Kubernetes semantics: a pod selected by a policy of a direction accepts only what
 * one of those policies' rules allow; policies add up) for the pods the release runs, together with the policies the
 * operators make from this chart's resources (Strimzi from the listener's networkPolicyPeers, the Keycloak operator
 * from spec.networkPolicy). Between the services exactly the REST calls the code makes are open; from outside only the
 * gateway and Keycloak's login port; each service reaches its own database only, Kafka only when it uses Kafka, and
 * Keycloak's back channel.
 */
class NetworkPoliciesMatchCodeTest {

    static final String NS = RenderedChart.NAMESPACE;

    record Pod(String name, String namespace, Map<String, String> labels) {
    }

    record Policy(String namespace, JsonNode spec) {
        boolean selects(Pod p) {
            return p.namespace().equals(namespace) && matches(spec.path("podSelector"), p.labels());
        }

        boolean governs(String direction) {
            for (JsonNode t : spec.path("policyTypes")) {
                if (t.asText().equals(direction)) {
                    return true;
                }
            }
            return direction.equals("Ingress") && !spec.has("policyTypes");
        }
    }

    static final class Cluster {
        final List<Policy> policies = new ArrayList<>();
        final Map<String, Pod> pods = new LinkedHashMap<>();

        boolean allowed(Pod from, Pod to, int port) {
            return side(from, to, port, "Egress", "egress", "to") && side(to, from, port, "Ingress", "ingress", "from");
        }

        private boolean side(Pod subject, Pod peer, int port, String type, String rulesKey, String peersKey) {
            List<Policy> applying = policies.stream().filter(p -> p.governs(type) && p.selects(subject)).toList();
            if (applying.isEmpty()) {
                return true; // not isolated in this direction
            }
            for (Policy p : applying) {
                for (JsonNode rule : p.spec().path(rulesKey)) {
                    if (portMatches(rule.path("ports"), port) && peerMatches(rule.path(peersKey), peer, p.namespace())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    static boolean portMatches(JsonNode ports, int port) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode p : ports) {
            if (!p.has("port") || p.path("port").asInt() == port) {
                return true;
            }
        }
        return false;
    }

    static boolean peerMatches(JsonNode peers, Pod peer, String policyNamespace) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true;
        }
        for (JsonNode p : peers) {
            if (p.has("ipBlock")) {
                continue; // addresses outside the pod network; pods are not matched by address here
            }
            boolean nsOk = p.has("namespaceSelector")
                    ? matches(p.path("namespaceSelector"), Map.of("kubernetes.io/metadata.name", peer.namespace()))
                    : peer.namespace().equals(policyNamespace);
            boolean podOk = !p.has("podSelector") || matches(p.path("podSelector"), peer.labels());
            if (nsOk && podOk) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(JsonNode selector, Map<String, String> labels) {
        for (var it = selector.path("matchLabels").fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode x : selector.path("matchExpressions")) {
            String v = labels.get(x.path("key").asText());
            Set<String> values = new TreeSet<>();
            x.path("values").forEach(n -> values.add(n.asText()));
            boolean ok = switch (x.path("operator").asText()) {
                case "In" -> v != null && values.contains(v);
                case "NotIn" -> v == null || !values.contains(v);
                case "Exists" -> v != null;
                case "DoesNotExist" -> v == null;
                default -> throw new AssertionError("operator " + x.path("operator"));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static Map<String, String> labels(JsonNode map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** The release's pods with the labels their controllers give them, and pods around it. */
    static Cluster cluster(RenderedChart c) {
        Cluster k = new Cluster();
        c.kind("Deployment").forEach(d -> k.pods.put(RenderedChart.name(d).substring("leercultuur-".length()),
                new Pod(RenderedChart.name(d), NS, labels(d.path("spec").path("template").path("metadata").path("labels")))));
        c.kind("Cluster").forEach(db -> k.pods.put(RenderedChart.name(db), new Pod(RenderedChart.name(db) + "-1", NS,
                Map.of("cnpg.io/cluster", RenderedChart.name(db), "cnpg.io/podRole", "instance"))));
        String kafka = RenderedChart.name(c.kind("Kafka").findFirst().orElseThrow());
        k.pods.put("kafka", new Pod(kafka + "-dual-role-0", NS, Map.of("strimzi.io/cluster", kafka, "strimzi.io/kind", "Kafka",
                "strimzi.io/broker-role", "true", "strimzi.io/controller-role", "true")));
        String kc = RenderedChart.name(c.kind("Keycloak").findFirst().orElseThrow());
        k.pods.put("keycloak", new Pod(kc + "-0", NS, Map.of("app", "keycloak", "app.kubernetes.io/managed-by", "keycloak-operator",
                "app.kubernetes.io/instance", kc)));
        k.pods.put("ingress-controller", new Pod("ingress-nginx-controller", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx")));
        k.pods.put("prometheus", new Pod("prometheus-0", "monitoring", Map.of("app.kubernetes.io/name", "prometheus")));
        k.pods.put("cnpg-operator", new Pod("cnpg-controller-manager", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg")));
        k.pods.put("stranger-here", new Pod("debug", NS, Map.of("run", "debug")));
        k.pods.put("stranger-elsewhere", new Pod("other", "other", Map.of("app", "other")));

        c.kind("NetworkPolicy").forEach(p -> k.policies.add(new Policy(NS, p.path("spec"))));
        // Strimzi's policy for the brokers: the listener only from its networkPolicyPeers
        JsonNode listener = c.kind("Kafka").findFirst().orElseThrow().path("spec").path("kafka").path("listeners").get(0);
        ObjectNode strimzi = RenderedChart.JSON.createObjectNode();
        strimzi.putObject("podSelector").putObject("matchLabels").put("strimzi.io/cluster", kafka).put("strimzi.io/kind", "Kafka");
        strimzi.putArray("policyTypes").add("Ingress");
        ObjectNode rule = strimzi.putArray("ingress").addObject();
        rule.putArray("ports").addObject().put("port", listener.path("port").asInt());
        if (listener.has("networkPolicyPeers")) {
            rule.set("from", listener.path("networkPolicyPeers"));
        }
        k.policies.add(new Policy(NS, strimzi));
        // the Keycloak operator's policy: http, https and management ports from the peers in spec.networkPolicy
        JsonNode np = c.kind("Keycloak").findFirst().orElseThrow().path("spec").path("networkPolicy");
        assertTrue(np.path("enabled").asBoolean(), "the Keycloak operator's policy, restricted by this chart");
        ObjectNode kcp = RenderedChart.JSON.createObjectNode();
        kcp.putObject("podSelector").putObject("matchLabels").put("app", "keycloak").put("app.kubernetes.io/instance", kc);
        kcp.putArray("policyTypes").add("Ingress");
        ArrayNode rules = kcp.putArray("ingress");
        Map.of("http", 8080, "https", 8443, "management", 9000).forEach((key, port) -> {
            ObjectNode r = rules.addObject();
            r.putArray("ports").addObject().put("port", port);
            assertFalse(np.path(key).isEmpty(), "an empty " + key + " list would let every pod in");
            r.set("from", np.path(key));
        });
        k.policies.add(new Policy(NS, kcp));
        return k;
    }

    static int port(String service) {
        return Code.httpPort(service);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everythingInTheNamespaceIsDeniedUnlessAllowed(String profile) {
        long denyAll = RenderedChart.of(profile).kind("NetworkPolicy").map(p -> p.path("spec"))
                .filter(s -> s.path("podSelector").isEmpty() && !s.has("ingress") && !s.has("egress"))
                .filter(s -> s.path("policyTypes").toString().contains("Ingress") && s.path("policyTypes").toString().contains("Egress"))
                .count();
        assertEquals(1, denyAll, "one default-deny policy for every pod, both directions");
        Cluster k = cluster(RenderedChart.of(profile));
        assertFalse(k.allowed(k.pods.get("stranger-here"), k.pods.get("stranger-here"), 80), "even a pod the chart does not know");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void betweenServicesExactlyTheCallsTheCodeMakes(String profile) {
        Cluster k = cluster(RenderedChart.of(profile));
        Set<String> expected = new TreeSet<>();
        for (String s : Code.SERVICES) {
            Code.calls(s).forEach(call -> expected.add(s + " -> " + Code.serviceOnPort(call.port())));
        }
        Set<String> open = new TreeSet<>();
        for (String from : Code.SERVICES) {
            for (String to : Code.SERVICES) {
                if (!from.equals(to) && k.allowed(k.pods.get(from), k.pods.get(to), port(to))) {
                    open.add(from + " -> " + to);
                }
            }
        }
        assertEquals(expected, open);
        System.out.println(profile + ": open between services " + open);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void fromOutsideOnlyTheGatewayAndTheLoginPages(String profile) {
        Cluster k = cluster(RenderedChart.of(profile));
        Pod ingress = k.pods.get("ingress-controller");
        for (String s : Code.SERVICES) {
            assertEquals(s.equals("gateway"), k.allowed(ingress, k.pods.get(s), port(s)), "ingress controller -> " + s);
            assertFalse(k.allowed(k.pods.get("stranger-elsewhere"), k.pods.get(s), port(s)), "another namespace -> " + s);
            assertFalse(k.allowed(k.pods.get("stranger-here"), k.pods.get(s), port(s)), "an unlabelled pod here -> " + s);
            assertTrue(k.allowed(k.pods.get("prometheus"), k.pods.get(s), port(s)), "Prometheus scrapes " + s);
        }
        assertTrue(k.allowed(ingress, k.pods.get("keycloak"), 8443), "login pages");
        assertFalse(k.allowed(ingress, k.pods.get("keycloak"), 8080), "the back channel stays inside");
        assertFalse(k.allowed(k.pods.get("stranger-elsewhere"), k.pods.get("keycloak"), 8443));
        assertFalse(k.allowed(ingress, k.pods.get("kafka"), 9092));
        assertFalse(k.allowed(ingress, k.pods.get("kafka"), 9093));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceReachesItsDatabaseKafkaWhenItUsesItAndKeycloak(String profile) {
        RenderedChart c = RenderedChart.of(profile);
        Cluster k = cluster(c);
        int kafkaPort = c.kind("Kafka").findFirst().orElseThrow().path("spec").path("kafka").path("listeners").get(0).path("port").asInt();
        Set<String> clusters = new TreeSet<>();
        c.kind("Cluster").forEach(db -> clusters.add(RenderedChart.name(db)));
        for (String s : Code.SERVICES) {
            Pod pod = k.pods.get(s);
            String own = DeploymentsMatchCodeTest.environment(c, s).entrySet().stream()
                    .filter(e -> e.getKey().endsWith("_DB_URL")).map(e -> e.getValue().asText()
                            .replaceFirst("jdbc:postgresql://([^:/]+)-rw:.*", "$1")).findFirst().orElse(null);
            for (String db : clusters) {
                assertEquals(db.equals(own), k.allowed(pod, k.pods.get(db), 5432), s + " -> " + db);
            }
            assertEquals(Code.usesKafka(s), k.allowed(pod, k.pods.get("kafka"), kafkaPort), s + " -> Kafka");
            assertEquals(Code.hasExtension(s, "quarkus-oidc"), k.allowed(pod, k.pods.get("keycloak"), 8080), s + " -> Keycloak (JWKS)");
            assertFalse(k.allowed(pod, k.pods.get("stranger-elsewhere"), 443), s + " -> anywhere else");
        }
        Pod keycloak = k.pods.get("keycloak");
        for (String db : clusters) {
            assertEquals(db.equals("leercultuur-keycloak-db"), k.allowed(keycloak, k.pods.get(db), 5432), "Keycloak -> " + db);
            assertTrue(k.allowed(k.pods.get("cnpg-operator"), k.pods.get(db), 8000), "the CloudNativePG operator -> " + db);
            assertFalse(k.allowed(k.pods.get("stranger-here"), k.pods.get(db), 5432), "an unlabelled pod -> " + db);
        }
    }
}
