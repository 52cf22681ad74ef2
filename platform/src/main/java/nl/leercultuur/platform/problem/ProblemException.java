package nl.leercultuur.platform.problem;

import java.util.List;

/**
 * Thrown by domain code for an expected failure that a client can act on. The mapper turns it into
 * problem+json with a stable {@code type} slug, so domain code never builds HTTP responses itself.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final transient Object existing;
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of(), null);
    }

    public ProblemException(int status, String slug, String title, String detail,
                            List<Problem.FieldError> errors, Object existing) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.existing = existing;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " '" + id + "' does not exist");
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(422, "validation", "Invalid input", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid input");
        return new ProblemException(422, "validation", "Invalid input", detail, errors, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    /**
     * 503: a passing unavailability. It always says when to try again (the problem contract's promise for 503):
     * {@value #RETRY_UNAVAILABLE_SECONDS} s unless {@link #withHeader} says otherwise.
     */
    public static ProblemException unavailable(String slug, String detail) {
        return new ProblemException(503, slug, "Service unavailable", detail).withHeader("Retry-After", RETRY_UNAVAILABLE_SECONDS);
    }

    /** Retry-After of a 503 that names no time of its own, as for a store that is away (ProblemMappers). */
    public static final String RETRY_UNAVAILABLE_SECONDS = "5";

    /** Adds a response header to the problem, e.g. Retry-After on 429 and 503. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public java.util.Map<String, String> headers() { return headers; }
    public int status() { return status; }
    public String slug() { return slug; }
    public String title() { return title; }
    public List<Problem.FieldError> errors() { return errors; }
    public Object existing() { return existing; }
}
