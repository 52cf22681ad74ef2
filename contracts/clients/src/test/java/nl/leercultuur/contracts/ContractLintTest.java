package nl.leercultuur.contracts;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.empoa.swagger.core.internal.SwAdapter;
import org.openapitools.openapistylevalidator.OpenApiSpecStyleValidator;
import org.openapitools.openapistylevalidator.ValidatorParameters;
import org.openapitools.openapistylevalidator.styleerror.StyleError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kept OpenAPI documents (which system-tests' ContractIT holds equal to what the services serve) pass a lint:
 * openapi-style-validator's rules, and ours for what a partner needs to generate and use a client — a unique
 * operationId, a summary and a tag on every operation, declared security (or an explicit `security: []` for public
 * ones), every error answer as problem+json with the shared Problem schema, a success answer, an example for every
 * request body, a server, and no framework types.
 */
class ContractLintTest {

    /**
     * openapi-style-validator's rules as set here, each rule left out with its reason:
     * - an example on every model property: an example per field mostly repeats its type; the request bodies
     *   carry whole examples where they matter.
     * - a description on every model property: most fields are named for what they hold (id, title, page,
     *   total, mean, n); the ones that need a word of explanation have one.
     * - a description on every operation: every operation has a summary (checked below); a description where
     *   the summary does not say enough.
     * - info.license: no licence for the platform has been chosen yet; the field would be made up.
     * - naming of paths: paths are hyphen-case except the download suffixes (`results.csv`, `trend.svg`,
     *   `calendar.ics`), which are file names on purpose.
     */
    static ValidatorParameters parameters() {
        return new ValidatorParameters()
                .setValidateModelPropertiesExample(false)
                .setValidateModelPropertiesDescription(false)
                .setValidateOperationDescription(false)
                .setValidateInfoLicense(false)
                .setValidateNaming(true)
                .setPathNamingConvention(ValidatorParameters.NamingConvention.AnyCase)
                .setParameterNamingConvention(ValidatorParameters.NamingConvention.CamelCase)
                .setPropertyNamingConvention(ValidatorParameters.NamingConvention.CamelCase)
                .setHeaderNamingConvention(ValidatorParameters.NamingConvention.HyphenUpperCase); // Idempotency-Key, as HTTP writes them
    }

    /** Findings accepted, each with its reason. */
    static final Map<String, String> ACCEPTED = Map.of(
            "*ERROR* in model Change 'cohensD' -> property should be in camelCase",
            "Cohen's d in camel case; the validator's pattern refuses a name that ends in a single capital");

    /** Schemas that may hold any JSON value, each with its reason; every other schema says what it is. */
    static final Map<String, String> UNTYPED = Map.of(
            "Problem.existing", "a duplicate's existing entry: whichever kind of entry the operation creates",
            "InstrumentDefinition.scoring{}", "an instrument's own scoring settings (e.g. learningZone cut-offs), "
                    + "shown as the instrument's author wrote them");

    static OpenAPI parse(String doc) throws Exception {
        String yaml = Files.readString(Path.of("..", "openapi", doc + ".yaml"));
        assertFalse(yaml.contains("JsonNode"), doc + ": a framework type in the contract");
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, null);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), doc + ": " + parsed.getMessages());
        return parsed.getOpenAPI();
    }

    @ParameterizedTest
    @ValueSource(strings = {"survey", "network", "catalog", "analytics"})
    void styleValidatorFindsNothing(String doc) throws Exception {
        List<StyleError> errors = new OpenApiSpecStyleValidator(SwAdapter.toOpenAPI(parse(doc))).validate(parameters());
        errors.forEach(e -> System.out.println("[lint " + doc + "] " + e));
        assertEquals(List.of(), errors.stream().map(StyleError::toString).filter(e -> !ACCEPTED.containsKey(e)).toList());
    }

    /** An untyped schema is an "anything" in every generated client: where one is left, it is said why. */
    @ParameterizedTest
    @ValueSource(strings = {"survey", "network", "catalog", "analytics"})
    void everySchemaSaysWhatItHolds(String doc) throws Exception {
        List<String> untyped = new ArrayList<>();
        parse(doc).getComponents().getSchemas().forEach((name, schema) -> untyped(schema, name, untyped));
        assertEquals(List.of(), untyped.stream().filter(u -> !UNTYPED.containsKey(u)).toList(),
                doc + ": schemas without a type, a $ref or a composition");
    }

    private static void untyped(io.swagger.v3.oas.models.media.Schema<?> s, String where, List<String> found) {
        if (s == null) {
            return;
        }
        if (s.getType() == null && s.getTypes() == null && s.get$ref() == null && s.getOneOf() == null
                && s.getAnyOf() == null && s.getAllOf() == null) {
            found.add(where);
        }
        if (s.getProperties() != null) {
            s.getProperties().forEach((k, v) -> untyped(v, where + "." + k, found));
        }
        untyped(s.getItems(), where + "[]", found);
        if (s.getAdditionalProperties() instanceof io.swagger.v3.oas.models.media.Schema<?> a) {
            untyped(a, where + "{}", found);
        }
        for (List<io.swagger.v3.oas.models.media.Schema> members : java.util.Arrays.asList(s.getOneOf(), s.getAnyOf(), s.getAllOf())) {
            if (members != null) {
                members.forEach(m -> untyped(m, where + "|", found));
            }
        }
    }

    /** The most important request: an answer is an integer, a text or a list of choice keys, and says so. */
    @org.junit.jupiter.api.Test
    void anAnswerIsAnIntegerATextOrAListOfChoiceKeys() throws Exception {
        OpenAPI api = parse("survey");
        io.swagger.v3.oas.models.media.Schema<?> answers = api.getComponents().getSchemas().get("Answers");
        assertEquals("#/components/schemas/AnswerValue",
                ((io.swagger.v3.oas.models.media.Schema<?>) answers.getAdditionalProperties()).get$ref());
        assertTrue(answers.getExample() != null, "Answers has an example");
        io.swagger.v3.oas.models.media.Schema<?> value = api.getComponents().getSchemas().get("AnswerValue");
        assertEquals(List.of("integer", "string", "array"), value.getOneOf().stream().map(io.swagger.v3.oas.models.media.Schema::getType).toList());
        assertEquals("string", value.getOneOf().get(2).getItems().getType());
        assertTrue(value.getExample() != null && value.getDescription() != null, "AnswerValue is described, with an example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"survey", "network", "catalog", "analytics"})
    void everyOperationIsUsableFromAGeneratedClient(String doc) throws Exception {
        OpenAPI api = parse(doc);
        List<String> problems = new ArrayList<>();
        if (api.getServers() == null || api.getServers().isEmpty()) {
            problems.add("no servers entry");
        }
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, io.swagger.v3.oas.models.PathItem> p : api.getPaths().entrySet()) {
            for (Map.Entry<io.swagger.v3.oas.models.PathItem.HttpMethod, Operation> e : p.getValue().readOperationsMap().entrySet()) {
                operations++;
                Operation op = e.getValue();
                String where = e.getKey() + " " + p.getKey();
                if (op.getOperationId() == null || !ids.add(op.getOperationId())) {
                    problems.add(where + ": missing or repeated operationId " + op.getOperationId());
                }
                if (op.getSummary() == null || op.getSummary().isBlank()) {
                    problems.add(where + ": no summary");
                }
                if (op.getTags() == null || op.getTags().isEmpty()) {
                    problems.add(where + ": no tag");
                }
                if (op.getSecurity() == null) {
                    problems.add(where + ": security not declared (a public operation says security: [])");
                }
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    MediaType json = op.getRequestBody().getContent().get("application/json");
                    if (json != null && json.getExample() == null && (json.getExamples() == null || json.getExamples().isEmpty())) {
                        String ref = json.getSchema() == null ? null : json.getSchema().get$ref();
                        io.swagger.v3.oas.models.media.Schema<?> schema = ref == null ? json.getSchema()
                                : api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
                        if (schema == null || schema.getExample() == null) {
                            problems.add(where + ": the request body has no example");
                        }
                    }
                }
                boolean success = false;
                boolean clientError = false;
                for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
                    String status = r.getKey();
                    success |= status.startsWith("2");
                    if (status.startsWith("4") || status.startsWith("5")) {
                        clientError |= status.startsWith("4");
                        MediaType problem = r.getValue().getContent() == null ? null : r.getValue().getContent().get("application/problem+json");
                        if (problem == null || problem.getSchema() == null || !"#/components/schemas/Problem".equals(problem.getSchema().get$ref())) {
                            problems.add(where + ": " + status + " is not application/problem+json with the Problem schema");
                        }
                    }
                }
                if (!success) {
                    problems.add(where + ": no success answer");
                }
                if (!clientError) {
                    problems.add(where + ": no 4xx answer");
                }
            }
        }
        System.out.printf("[contract %s] %d operations checked%n", doc, operations);
        assertTrue(operations > 0);
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
