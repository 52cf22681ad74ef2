package nl.leercultuur.system;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A REST Assured filter that checks every answer the system tests get through the gateway against the kept OpenAPI
 * document of the service that gave it (contracts/openapi): a status, header or body the document does not declare
 * fails the test. Requests are not judged (tests send bad ones on purpose); paths outside the documents (the
 * event contracts, the OpenAPI documents themselves) are counted as not covered. Answers received otherwise
 * (java.net.http in the benchmark and fault helpers, the generated clients through {@link ValidatingHttpClient}) are
 * checked the same way by {@link #validate}.
 */
public final class ContractValidation implements Filter {

    static final ContractValidation INSTANCE = new ContractValidation();
    static final AtomicInteger VALIDATED = new AtomicInteger();
    /** Of {@link #VALIDATED}: the answers not received through REST Assured. */
    static final AtomicInteger VALIDATED_OTHERWISE = new AtomicInteger();
    static final AtomicInteger NOT_COVERED = new AtomicInteger();

    private final Map<String, OpenApiInteractionValidator> byPrefix = new LinkedHashMap<>();

    private ContractValidation() {
        Path kept = Path.of(System.getProperty("user.dir")).getParent().resolve("contracts/openapi");
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("/api/v1/surveys/events/", null);
        docs.put("/api/v1/networks/events/", null);
        docs.put("/api/v1/surveys/", "survey");
        docs.put("/api/v1/networks", "network");
        docs.put("/api/v1/organisations", "network");
        docs.put("/api/v1/catalog/", "catalog");
        docs.put("/api/v1/analytics/", "analytics");
        docs.forEach((prefix, doc) -> byPrefix.put(prefix, doc == null ? null : OpenApiInteractionValidator
                .createForSpecificationUrl(kept.resolve(doc + ".yaml").toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withDefaultLevel(ValidationReport.Level.ERROR).build())
                .build()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (VALIDATED.get() + NOT_COVERED.get() > 0) {
                Bench.report("contracts.txt", String.format("answers checked against the OpenAPI documents: %d (%d through "
                        + "REST Assured, %d through java.net.http: generated clients, benchmark and fault helpers); outside "
                        + "the documents (event contracts): %d", VALIDATED.get(), VALIDATED.get() - VALIDATED_OTHERWISE.get(),
                        VALIDATED_OTHERWISE.get(), NOT_COVERED.get()));
            }
        }));
    }

    @Override
    public Response filter(FilterableRequestSpecification req, FilterableResponseSpecification res, FilterContext ctx) {
        Response response = ctx.next(req, res);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.getHeaders().forEach(h -> headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue()));
        check(req.getMethod(), URI.create(req.getURI()).getPath(), response.getStatusCode(), headers, response.getBody().asString());
        return response;
    }

    /**
     * Checks an answer received without REST Assured against the document of the service that gave it, as the
     * filter does: an {@link AssertionError} when the status, the content type or the body is not what the
     * document declares for the operation.
     *
     * @param pathAndQuery the request's path, with or without its query (only the path selects the operation)
     */
    public static void validate(String method, String pathAndQuery, int status, String contentType, String body) {
        validate(method, pathAndQuery, status, contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType)), body);
    }

    /** As {@link #validate(String, String, int, String, String)}, with all the answer's headers. */
    public static void validate(String method, String pathAndQuery, int status, Map<String, List<String>> headers, String body) {
        if (INSTANCE.check(method, URI.create(pathAndQuery).getPath(), status, headers, body)) {
            VALIDATED_OTHERWISE.incrementAndGet();
        }
    }

    /** As {@link #validate(String, String, int, String, String)}, for an answer java.net.http received. */
    public static void validate(java.net.http.HttpResponse<String> response) {
        validate(response.request().method(), response.uri().getRawPath(), response.statusCode(), response.headers().map(),
                response.body());
    }

    /** @return whether the answer was checked (its path is in a document) */
    private boolean check(String method, String path, int status, Map<String, List<String>> headers, String body) {
        OpenApiInteractionValidator validator = null;
        boolean known = false;
        for (Map.Entry<String, OpenApiInteractionValidator> e : byPrefix.entrySet()) {
            if (path.startsWith(e.getKey())) {
                validator = e.getValue();
                known = true;
                break;
            }
        }
        if (validator == null) {
            if (known || path.startsWith("/api/")) {
                NOT_COVERED.incrementAndGet();
            }
            return false;
        }
        SimpleResponse.Builder b = SimpleResponse.Builder.status(status).withBody(body);
        headers.forEach((name, values) -> values.forEach(v -> b.withHeader(name, v)));
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method.toUpperCase()), b.build());
        VALIDATED.incrementAndGet();
        if (report.hasErrors()) {
            throw new AssertionError(method + " " + path + " answered " + status
                    + " outside its OpenAPI document:\n" + report.getMessages().stream()
                    .map(m -> "  " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n"))
                    + "\nbody: " + body);
        }
        return true;
    }
}
