package nl.leercultuur.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The KeycloakRealmImport carries the realm of deploy/keycloak/leercultuur-realm.json (the file ./stack imports),
 * changed only by the production settings the chart applies, and reads strictly as Keycloak's RealmRepresentation.
 */
class RealmTest {

    static JsonNode sourceRealm() throws Exception {
        return RenderedChart.JSON.readTree(RenderedChart.repoRoot().resolve("deploy/keycloak/leercultuur-realm.json").toFile());
    }

    static JsonNode renderedRealm(String profile) {
        return RenderedChart.of(profile).kind("KeycloakRealmImport").findFirst().orElseThrow().path("spec").path("realm");
    }

    @Test
    void theSourceFileIsAKeycloakRealm() throws Exception {
        Strict.RECORDS.treeToValue(sourceRealm(), RealmRepresentation.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theImportedRealmReadsStrictlyAsRealmRepresentation(String profile) throws Exception {
        RealmRepresentation realm = Strict.RECORDS.treeToValue(renderedRealm(profile), RealmRepresentation.class);
        assertEquals("leercultuur", realm.getRealm());
        // nothing was lost on the way into the representation
        List<String> problems = new ArrayList<>();
        Strict.diff(renderedRealm(profile), Strict.RECORDS.valueToTree(realm), "", problems);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** The source file with exactly the changes the chart documents (keycloak.yaml), for these values. */
    static JsonNode expected(String profile, boolean cli, boolean demoUsers, String webUrl) throws Exception {
        ObjectNode realm = (ObjectNode) sourceRealm().deepCopy();
        realm.put("sslRequired", "external");
        realm.put("bruteForceProtected", true);
        ArrayNode clients = RenderedChart.JSON.createArrayNode();
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals("leercultuur-cli") && !cli) {
                continue;
            }
            if (c.path("clientId").asText().equals("leercultuur-web")) {
                ObjectNode w = (ObjectNode) c;
                w.putArray("redirectUris").add(webUrl + "/*");
                w.putArray("webOrigins").add(webUrl);
                ((ObjectNode) w.path("attributes")).put("post.logout.redirect.uris", webUrl + "/*");
            }
            clients.add(c);
        }
        realm.set("clients", clients);
        ArrayNode users = RenderedChart.JSON.createArrayNode();
        for (JsonNode u : realm.path("users")) {
            if (u.has("serviceAccountClientId") || demoUsers) {
                users.add(u);
            }
        }
        realm.set("users", users);
        return realm;
    }

    @Test
    void devIsTheStackRealmWithItsDemoUsersAndScriptClient() throws Exception {
        assertEquals(expected("dev", true, true, "https://leercultuur.dev.example.org"), renderedRealm("dev"));
    }

    @Test
    void prodIsTheStackRealmWithProductionSettings() throws Exception {
        JsonNode prod = renderedRealm("prod");
        assertEquals(expected("prod", false, false, "https://leercultuur.example.org"), prod);

        RealmRepresentation realm = Strict.RECORDS.treeToValue(prod, RealmRepresentation.class);
        assertEquals("external", realm.getSslRequired());
        assertTrue(realm.isBruteForceProtected());
        for (ClientRepresentation c : realm.getClients()) {
            // no client may trade a user's password for a token (the password grant)
            assertFalse(Boolean.TRUE.equals(c.isDirectAccessGrantsEnabled()), c.getClientId());
        }
        assertTrue(realm.getClients().stream().noneMatch(c -> c.getClientId().equals("leercultuur-cli")));
        ClientRepresentation web = realm.getClients().stream().filter(c -> c.getClientId().equals("leercultuur-web"))
                .findFirst().orElseThrow();
        assertEquals(List.of("https://leercultuur.example.org/*"), web.getRedirectUris());
        assertEquals(List.of("https://leercultuur.example.org"), web.getWebOrigins());
        assertEquals("S256", web.getAttributes().get("pkce.code.challenge.method"));
        // only the partner's service account; the demo users stay in the stack
        assertEquals(1, realm.getUsers().size());
        assertNotNull(realm.getUsers().get(0).getServiceAccountClientId());
        assertFalse(prod.toString().contains("LC_WEB_URL"));
        assertFalse(prod.toString().contains("localhost"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPlaceholderComesFromASecretAndEveryOneIsFilled(String profile) {
        JsonNode spec = RenderedChart.of(profile).kind("KeycloakRealmImport").findFirst().orElseThrow().path("spec");
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z_]+)(:[^}]*)?}").matcher(spec.path("realm").toString());
        while (m.find()) {
            assertNull(m.group(2), () -> "a placeholder with a default left in the realm: " + m.group());
            used.add(m.group(1));
        }
        Set<String> given = new TreeSet<>();
        spec.path("placeholders").fieldNames().forEachRemaining(given::add);
        assertEquals(used, given, "placeholders in the realm vs. placeholders filled from Secrets");
        spec.path("placeholders").forEach(p -> {
            assertEquals("leercultuur-realm", p.path("secret").path("name").asText());
            assertFalse(p.path("secret").path("key").asText().isEmpty());
        });
        assertEquals("leercultuur-keycloak", spec.path("keycloakCRName").asText());
    }
}
