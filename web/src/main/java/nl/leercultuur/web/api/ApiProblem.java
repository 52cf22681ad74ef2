package nl.leercultuur.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A refusal from the API as a page needs it: the status, the problem type's last segment (its stable name, e.g.
 * {@code code-used}), the human texts, the errors by field (e.g. {@code answers.ps-3}) and Retry-After.
 * Made from any generated client's {@code ApiException} (one per document, all with code, headers and body).
 */
public record ApiProblem(int status, String type, String title, String detail, Map<String, String> errors,
                         Optional<Long> retryAfterSeconds) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ApiProblem of(int status, HttpHeaders headers, String body) {
        String type = "about:blank", title = "", detail = "";
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            JsonNode p = body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            String t = p.path("type").asText("about:blank");
            type = t.contains("/") ? t.substring(t.lastIndexOf('/') + 1) : t;
            title = p.path("title").asText("");
            detail = p.path("detail").asText("");
            for (JsonNode e : p.path("errors")) {
                errors.putIfAbsent(e.path("field").asText(""), e.path("message").asText(""));
            }
        } catch (Exception notJson) {
            detail = body == null ? "" : body.length() > 200 ? body.substring(0, 200) : body;
        }
        Optional<Long> retry = headers == null ? Optional.empty()
                : headers.firstValue("Retry-After").flatMap(ApiProblem::seconds);
        return new ApiProblem(status, type, title, detail, errors, retry);
    }

    public static ApiProblem of(nl.leercultuur.client.survey.ApiException e) {
        return of(e.getCode(), e.getResponseHeaders(), e.getResponseBody());
    }

    public static ApiProblem of(nl.leercultuur.client.network.ApiException e) {
        return of(e.getCode(), e.getResponseHeaders(), e.getResponseBody());
    }

    public static ApiProblem of(nl.leercultuur.client.catalog.ApiException e) {
        return of(e.getCode(), e.getResponseHeaders(), e.getResponseBody());
    }

    public static ApiProblem of(nl.leercultuur.client.analytics.ApiException e) {
        return of(e.getCode(), e.getResponseHeaders(), e.getResponseBody());
    }

    /** No answer at all (connection refused, timed out): the page says the service is away. */
    public boolean unreachable() {
        return status == 0;
    }

    public boolean is(String problemType) {
        return type.equals(problemType);
    }

    /** The error for a field, also when the API names it with a prefix (answers.x for the form's x). */
    public String errorFor(String field) {
        String direct = errors.get(field);
        if (direct != null) {
            return direct;
        }
        for (Map.Entry<String, String> e : errors.entrySet()) {
            if (e.getKey().endsWith("." + field)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Optional<Long> seconds(String v) {
        try {
            return Optional.of(Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
