package nl.leercultuur.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The OpenAPI documents the gateway serves are the ones kept in contracts/openapi (from which partners' clients,
 * and ours in contracts/, are generated). A served document that differs fails: an incompatible change (openapi-diff:
 * removed operations or fields, new required inputs, narrowed types) unless the API's major version (info.version)
 * changed with it; a compatible one until the new document is committed (run with -Dcontracts.update=true to write
 * the served documents into contracts/openapi).
 */
class ContractIT {

    static final List<String> DOCUMENTS = List.of("survey", "network", "catalog", "analytics");
    static final Path KEPT = Path.of(System.getProperty("user.dir")).getParent().resolve("contracts/openapi");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theServedDocumentsAreTheKeptOnes() throws Exception {
        SystemUnderTest sys = SystemUnderTest.get();
        List<String> problems = new ArrayList<>();
        for (String doc : DOCUMENTS) {
            HttpResponse<String> r = Bench.HTTP.send(Bench.request(sys.gatewayUrl() + "/openapi/" + doc, null).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), doc);
            String served = r.body();
            assertFalse(served.contains("JsonNode"), doc + ": a framework type in the contract");
            Path keptFile = KEPT.resolve(doc + ".yaml");
            JsonNode servedTree = JSON.readTree(served);
            if (Boolean.getBoolean("contracts.update")) {
                Files.writeString(keptFile, YAML.writeValueAsString(servedTree));
            }
            String kept = Files.readString(keptFile);
            JsonNode keptTree = YAML.readTree(kept);
            if (keptTree.equals(servedTree)) {
                continue;
            }
            ChangedOpenApi diff = OpenApiCompare.fromContents(kept, YAML.writeValueAsString(servedTree));
            String keptMajor = keptTree.at("/info/version").asText().split("\\.")[0];
            String servedMajor = servedTree.at("/info/version").asText().split("\\.")[0];
            String report = render(diff);
            if (diff.isIncompatible() && keptMajor.equals(servedMajor)) {
                problems.add(doc + ": an INCOMPATIBLE change to the API without a new major version (info.version "
                        + keptTree.at("/info/version").asText() + "):\n" + report);
            } else {
                problems.add(doc + ": the served document differs from contracts/openapi/" + doc + ".yaml ("
                        + (diff.isIncompatible() ? "incompatible, with a new major version" : "compatible")
                        + "); commit it (./mvnw verify -pl system-tests -Dcontracts.update=true writes it):\n" + report);
            }
        }
        assertEquals(List.of(), problems, String.join("\n\n", problems));
    }

    static String render(ChangedOpenApi diff) {
        String text;
        try {
            text = String.valueOf(new MarkdownRender().render(diff));
        } catch (RuntimeException e) {
            return "(no report: " + e + ")";
        }
        return text.length() > 4000 ? text.substring(0, 4000) + "\n…" : text;
    }
}
