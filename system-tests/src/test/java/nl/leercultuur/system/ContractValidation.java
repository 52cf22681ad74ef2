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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A REST Assured filter that checks every answer the system tests get through the gateway against the kept OpenAPI
 * document of the service that gave it (contracts/openapi): a status, header or body the document does not declare
 * fails the test. Requests are not judged (tests send bad ones on purpose); paths outside the documents (the
 * event contracts, the OpenAPI documents themselves) are counted as not covered.
 */
final class ContractValidation implements Filter {

    static final ContractValidation INSTANCE = new ContractValidation();
    static final AtomicInteger VALIDATED = new AtomicInteger();
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
                Bench.report("contracts.txt", String.format("answers checked against the OpenAPI documents: %d; outside "
                        + "the documents (event contracts): %d", VALIDATED.get(), NOT_COVERED.get()));
            }
        }));
    }

    @Override
    public Response filter(FilterableRequestSpecification req, FilterableResponseSpecification res, FilterContext ctx) {
        Response response = ctx.next(req, res);
        String path = URI.create(req.getURI()).getPath();
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
            return response;
        }
        SimpleResponse.Builder b = SimpleResponse.Builder.status(response.getStatusCode()).withBody(response.getBody().asString());
        response.getHeaders().forEach(h -> b.withHeader(h.getName(), h.getValue()));
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(req.getMethod().toUpperCase()), b.build());
        VALIDATED.incrementAndGet();
        if (report.hasErrors()) {
            throw new AssertionError(req.getMethod() + " " + path + " answered " + response.getStatusCode()
                    + " outside its OpenAPI document:\n" + report.getMessages().stream()
                    .map(m -> "  " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n"))
                    + "\nbody: " + response.getBody().asString());
        }
        return response;
    }
}
