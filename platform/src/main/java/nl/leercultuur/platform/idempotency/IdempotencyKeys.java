package nl.leercultuur.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on creates ({@link Idempotent}): per caller (token subject) and key, the first answer is
 * kept for 24 hours. The same key with the same request (method, path and body) gets that answer again, marked
 * {@code Idempotent-Replayed: true}, and creates nothing; with a different request it is refused (422
 * {@code idempotency-key-reused}); while the first is still being processed a second gets 409
 * {@code idempotency-key-in-progress}. A request that fails is not kept, so it can be retried with the same key.
 * Without the header nothing changes. The answer is recorded after the create committed: a service that stops in
 * between forgets the key (a retry then creates again, as without a key).
 */
@Idempotent
@Interceptor
@io.quarkus.arc.properties.IfBuildProperty(name = "leercultuur.database.enabled", stringValue = "true")
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final AgroalDataSource dataSource;
    private final CurrentVertxRequest request;
    private final Caller caller;
    private final ObjectMapper json;

    IdempotencyKeys(AgroalDataSource dataSource,
                    CurrentVertxRequest request,
                    Caller caller,
                    ObjectMapper json) {
        this.dataSource = dataSource;
        this.request = request;
        this.caller = caller;
        this.json = json;
    }

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        RoutingContext rc = request.getCurrent();
        String key = rc == null ? null : rc.request().getHeader(HEADER);
        if (key == null) {
            return ctx.proceed();
        }
        if (!VALID.matcher(key).matches()) {
            throw new ProblemException(400, "invalid-header", "Bad Request",
                    HEADER + " must be 1 to 200 visible ASCII characters");
        }
        String subject = caller.subject();
        String operation = rc.request().method().name() + " " + rc.request().path();
        String fingerprint = fingerprint(operation, ctx.getParameters());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM idempotency_key WHERE created_at < now() - interval '24 hours'")) {
                ps.executeUpdate();
            }
            boolean claimed;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_key (subject, key, operation, fingerprint) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (subject, key) DO NOTHING")) {
                ps.setString(1, subject);
                ps.setString(2, key);
                ps.setString(3, operation);
                ps.setString(4, fingerprint);
                claimed = ps.executeUpdate() == 1;
            }
            if (!claimed) {
                return replay(c, subject, key, fingerprint);
            }
        }
        Object result;
        try {
            result = ctx.proceed();
        } catch (Exception e) {
            forget(subject, key);
            throw e;
        }
        remember(subject, key, result);
        return result;
    }

    private Object replay(Connection c, String subject, String key, String fingerprint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint, status, content_type, body, location FROM idempotency_key "
                + "WHERE subject = ? AND key = ?")) {
            ps.setString(1, subject);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ProblemException(409, "idempotency-key-in-progress", "Conflict",
                            "a request with this " + HEADER + " was just finished or forgotten; send it again");
                }
                if (!fingerprint.equals(rs.getString(1))) {
                    throw ProblemException.invalid(HEADER, "was used for a different request in the last 24 hours; use a new key");
                }
                if (rs.getObject(2) == null) {
                    throw new ProblemException(409, "idempotency-key-in-progress", "Conflict",
                            "a request with this " + HEADER + " is still being processed").withHeader("Retry-After", "1");
                }
                Response.ResponseBuilder b = Response.status(rs.getInt(2)).header("Idempotent-Replayed", "true");
                if (rs.getString(4) != null) {
                    b.entity(rs.getString(4)).type(rs.getString(3));
                }
                if (rs.getString(5) != null) {
                    b.header(HttpHeaders.LOCATION, rs.getString(5));
                }
                return b.build();
            }
        }
    }

    private void remember(String subject, String key, Object result) throws Exception {
        int status = 200;
        Object entity = result;
        String contentType = "application/json";
        String location = null;
        if (result instanceof Response r) {
            status = r.getStatus();
            entity = r.getEntity();
            if (r.getMediaType() != null) {
                contentType = r.getMediaType().toString();
            }
            location = r.getLocation() == null ? null : r.getLocation().toString();
        }
        String body = entity == null ? null : entity instanceof String s ? s : json.writeValueAsString(entity);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE idempotency_key SET status = ?, content_type = ?, body = ?, location = ? "
                     + "WHERE subject = ? AND key = ?")) {
            c.setAutoCommit(true);
            ps.setInt(1, status);
            ps.setString(2, contentType);
            ps.setString(3, body);
            ps.setString(4, location);
            ps.setString(5, subject);
            ps.setString(6, key);
            ps.executeUpdate();
        }
    }

    private void forget(String subject, String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM idempotency_key WHERE subject = ? AND key = ? AND status IS NULL")) {
            c.setAutoCommit(true);
            ps.setString(1, subject);
            ps.setString(2, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            // the key stays claimed until it expires; the failure itself is what the caller hears about
        }
    }

    /** The request as the caller sent it: method and path, and the body and parameters as JSON. */
    private String fingerprint(String operation, Object[] parameters) throws Exception {
        List<Object> values = new ArrayList<>();
        for (Object p : parameters) {
            if (!(p instanceof UriInfo) && !(p instanceof HttpHeaders)) {
                values.add(p);
            }
        }
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((operation + "\n" + json.writeValueAsString(values)).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
