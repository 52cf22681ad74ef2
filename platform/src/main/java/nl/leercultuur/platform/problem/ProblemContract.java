package nl.leercultuur.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the error answers every operation can give into each service's OpenAPI document, as
 * {@code application/problem+json} with one shared {@code Problem} schema: 400 where it takes parameters or a body,
 * 401 and 403 everywhere (a token that is sent is checked even on public operations), 404 where its path names something, 409 where it changes something, 411,
 * 413 and 422 where it takes a body, and 429 and 503 everywhere (the gateway's limits and overload shedding, or a
 * database that is away). Answers an operation documents itself are left as they are.
 */
public class ProblemContract implements OASFilter {

    static final String REF = "#/components/schemas/Problem";

    private static final Map<String, String> WHY = new LinkedHashMap<>();

    static {
        WHY.put("400", "Malformed input: a parameter or the body is missing, of the wrong type or out of range (errors[] names each field)");
        WHY.put("401", "No valid bearer token where one is needed, or an invalid one sent (WWW-Authenticate says why)");
        WHY.put("403", "The caller's roles or organisation do not allow this");
        WHY.put("404", "Nothing with this identifier (or not visible to the caller)");
        WHY.put("409", "Conflicts with the current state: a lifecycle step not allowed now, a duplicate, or a stale version");
        WHY.put("411", "A body without Content-Length (chunked uploads are not accepted)");
        WHY.put("412", "If-Match names a version that is no longer current: read the entry again");
        WHY.put("413", "The body is larger than 10 MB");
        WHY.put("422", "Well-formed but not acceptable: a rule of the domain refuses it (errors[] names each field)");
        WHY.put("429", "Too many requests from this client, code or address; Retry-After says when to try again");
        WHY.put("503", "Temporarily unavailable (overloaded, the service or its database away); Retry-After says when to try again");
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One offending input field and what is wrong with it")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("validUntil")))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("must lie in the future")))
                .required(List.of("field", "message")));
        api.getComponents().addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail; `type` is stable per kind of problem")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")
                        .examples(List.of(Problem.TYPE_BASE + "validation")))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("Invalid input")))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32").examples(List.of(422)))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The path of the request"))
                .addProperty("requestId", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The X-Request-Id of the request, to quote when asking for help"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addProperty("existing", OASFactory.createSchema()
                        .description("For a duplicate: the entry that already exists"))
                .required(List.of("type", "title", "status")));
        // A record's field that is not required may be null in an answer: say so (OpenAPI 3.0 `nullable`), so that a
        // validating client accepts what the services send.
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().forEach((name, schema) -> {
                if (schema.getProperties() == null) {
                    return;
                }
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                schema.getProperties().forEach((property, s) -> {
                    if (!required.contains(property) && s.getRef() == null && s.getType() != null
                            && !s.getType().contains(Schema.SchemaType.NULL)) {
                        s.addType(Schema.SchemaType.NULL); // written as `nullable: true` in the 3.0 document
                    }
                });
            });
        }
        if (api.getComponents().getSecuritySchemes() != null) {
            api.getComponents().getSecuritySchemes().values().forEach(s -> s.description(
                    "An access token (JWT) from the region's Keycloak realm `leercultuur`; OpenID Connect discovery at "
                            + "`<identity provider>/realms/leercultuur/.well-known/openid-configuration` (locally "
                            + "http://localhost:8180/realms/leercultuur/.well-known/openid-configuration). A partner "
                            + "system uses the client credentials grant of its own client."));
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) ->
                addProblems(path, method, op, api)));
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation op, OpenAPI api) {
        boolean takesInput = (op.getParameters() != null && !op.getParameters().isEmpty()) || op.getRequestBody() != null;
        boolean body = op.getRequestBody() != null;
        boolean changes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean secured = op.getSecurity() != null ? !op.getSecurity().isEmpty()
                : api.getSecurity() != null && !api.getSecurity().isEmpty();
        if (op.getSecurity() == null && !secured) {
            op.setSecurity(new java.util.ArrayList<>()); // public: said so explicitly (`security: []`)
        }
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses r = op.getResponses();
        add(r, "400", takesInput);
        // also on public operations: a token that is sent is checked (401), and some refuse parts to anonymous
        // callers (403, e.g. the catalogue's drafts)
        add(r, "401", true);
        add(r, "403", true);
        add(r, "404", path.contains("{"));
        add(r, "409", changes);
        add(r, "411", body);
        add(r, "412", op.getParameters() != null && op.getParameters().stream().anyMatch(x -> "If-Match".equals(x.getName())));
        add(r, "413", body);
        add(r, "422", body);
        add(r, "429", true);
        add(r, "503", true);
    }

    private static void add(APIResponses responses, String status, boolean applies) {
        if (!applies) {
            return;
        }
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null && existing.getContent().getMediaTypes() != null
                && !existing.getContent().getMediaTypes().isEmpty()) {
            return; // documented by the operation itself
        }
        String description = existing != null && existing.getDescription() != null && !existing.getDescription().isBlank()
                ? existing.getDescription() : WHY.get(status);
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)))));
    }
}
