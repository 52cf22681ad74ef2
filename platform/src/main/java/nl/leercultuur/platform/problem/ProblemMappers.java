package nl.leercultuur.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception-to-problem+json mapping used by every service. Unexpected failures are logged
 * with the request id and answered with a 500 that carries no stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    public static final String REQUEST_ID = "X-Request-Id";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, ContainerRequestContext ctx) {
        Response r = build(e.status(), e.slug(), e.title(), e.getMessage(), e.errors(), e.existing(), uri, ctx);
        if (e.headers().isEmpty()) {
            return r;
        }
        Response.ResponseBuilder b = Response.fromResponse(r);
        e.headers().forEach(b::header);
        return b.build();
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri, ContainerRequestContext ctx) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return build(400, "validation", "Invalid input", detail, errors, null, uri, ctx);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri, ContainerRequestContext ctx) {
        String field = e instanceof JsonMappingException jm ? path(jm) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException up) {
            field = path(up);
            message = "unknown field";
        } else if (e instanceof InvalidFormatException inv) {
            message = "cannot read value '" + inv.getValue() + "' as " + inv.getTargetType().getSimpleName();
        } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            message = "expected " + mi.getTargetType().getSimpleName();
        } else {
            message = "malformed JSON";
        }
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message));
        return build(400, "malformed-request", "Malformed request body",
                (field.isEmpty() ? "body" : field) + ": " + message, errors, null, uri, ctx);
    }

    @ServerExceptionMapper
    public Response optimistic(OptimisticLockException e, UriInfo uri, ContainerRequestContext ctx) {
        return build(409, "stale-version", "Conflict",
                "the entry was changed by someone else; reload it and apply your change again", List.of(), null, uri, ctx);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, ContainerRequestContext ctx) {
        return build(401, "unauthorized", "Unauthorized", "a valid bearer token is required", List.of(), null, uri, ctx);
    }

    @ServerExceptionMapper
    public Response authFailed(AuthenticationFailedException e, UriInfo uri, ContainerRequestContext ctx) {
        return build(401, "unauthorized", "Unauthorized", "a valid bearer token is required", List.of(), null, uri, ctx);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, ContainerRequestContext ctx) {
        return build(403, "forbidden", "Forbidden", "your role does not allow this", List.of(), null, uri, ctx);
    }

    /** Jackson's own mapper for this type would answer 400 with an empty body; ours names the field. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri, ContainerRequestContext ctx) {
        return json(e, uri, ctx);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, ContainerRequestContext ctx) {
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() instanceof IllegalArgumentException bad) {
            // JAX-RS answers a parameter it cannot convert with 404: right for a path (no such resource), but a
            // query parameter is the caller's input and is named in a 400
            Response invalid = invalidQueryParameter(bad, uri, ctx);
            if (invalid != null) {
                return invalid;
            }
        }
        Response.Status s = Response.Status.fromStatusCode(status);
        String title = s != null ? s.getReasonPhrase() : "Error";
        String slug = title.toLowerCase().replace(' ', '-');
        String detail = status == 404 ? "no such resource: " + uri.getPath() : e.getMessage();
        Response r = build(status, slug, title, detail, List.of(), null, uri, ctx);
        if (e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(r).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return r;
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri, ContainerRequestContext ctx) {
        StoreFailure store = StoreFailure.of(e);
        if (store != null) {
            LOG.warnf("%s %s answered %d (%s): %s (request %s)", ctx.getMethod(), uri.getPath(), store.status(), store.slug(),
                    Causes.rootMessage(e), requestId(ctx));
            Response r = build(store.status(), store.slug(), store.title(), store.detail(), List.of(), null, uri, ctx);
            return store.status() == 503 ? Response.fromResponse(r).header("Retry-After", ProblemException.RETRY_UNAVAILABLE_SECONDS).build() : r;
        }
        LOG.errorf(e, "unexpected failure on %s %s (request %s)", ctx.getMethod(), uri.getPath(), requestId(ctx));
        return build(500, "internal", "Internal error",
                "an unexpected error occurred; quote request id " + requestId(ctx) + " when reporting it",
                List.of(), null, uri, ctx);
    }

    private static Response invalidQueryParameter(IllegalArgumentException bad, UriInfo uri, ContainerRequestContext ctx) {
        String msg = String.valueOf(bad.getMessage());
        String value = msg.contains("\"") ? msg.substring(msg.indexOf('"') + 1, Math.max(msg.indexOf('"') + 1, msg.lastIndexOf('"')))
                : msg.substring(msg.lastIndexOf('.') + 1);
        String field = null;
        for (var q : uri.getQueryParameters().entrySet()) {
            if (q.getValue().contains(value)) {
                field = q.getKey();
            }
        }
        if (field == null) {
            return null;
        }
        String why = bad instanceof NumberFormatException ? "not a number in range" : "not one of the allowed values";
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field, "cannot read '" + value + "': " + why));
        return build(400, "invalid-parameter", "Invalid parameter", field + ": cannot read '" + value + "': " + why,
                errors, null, uri, ctx);
    }

    public static Response build(int status, String slug, String title, String detail, List<Problem.FieldError> errors,
                                 Object existing, UriInfo uri, ContainerRequestContext ctx) {
        Problem p = new Problem(Problem.type(slug), title, status, detail, uri == null ? null : uri.getPath(),
                requestId(ctx), errors, existing);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String requestId(ContainerRequestContext ctx) {
        return ctx == null ? null : ctx.getHeaderString(REQUEST_ID);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "create.arg0.title" -> "title": the method and parameter segments mean nothing to a client.
        String p = v.getPropertyPath().toString();
        String[] parts = p.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }
}
