package nl.leercultuur.platform.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.Roles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit log of reads and exports of an organisation's results: who (token subject and roles), when, what
 * (the path asked for; CSV and SVG downloads count as exports) and the request id. Written in the caller's
 * transaction when there is one; read by admins and by the organisation's own manager.
 */
@ApplicationScoped
@IfBuildProperty(name = "leercultuur.audit.enabled", stringValue = "true")
public class AuditLog {

    public record Entry(OffsetDateTime at, String subject, List<String> roles, String action, String resource, String requestId) {
    }

    private final AgroalDataSource dataSource;
    private final Caller caller;
    private final CurrentVertxRequest request;

    AuditLog(AgroalDataSource dataSource,
             Caller caller,
             CurrentVertxRequest request) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.request = request;
    }

    /** Records that the current caller read (or, for .csv and .svg, exported) this organisation's results. */
    public void read(String organisationId) {
        RoutingContext rc = request.getCurrent();
        String path = rc == null ? "?" : rc.request().path();
        record(organisationId, path.endsWith(".csv") || path.endsWith(".svg") ? "export" : "read", path);
    }

    /** Records an action of the current caller on this organisation's results or their access (e.g. a partner grant). */
    public void record(String organisationId, String action, String resource) {
        RoutingContext rc = request.getCurrent();
        String path = resource;
        String roles = Stream.of(Roles.ADMIN, Roles.ORG_MANAGER, Roles.PARTNER, Roles.CURATOR, Roles.FACILITATOR)
                .filter(caller::has).collect(Collectors.joining(","));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (organisation_id, subject, roles, action, resource, request_id) "
                     + "VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, organisationId);
            ps.setString(2, caller.subject());
            ps.setString(3, roles);
            ps.setString(4, action);
            ps.setString(5, path.length() > 500 ? path.substring(0, 500) : path);
            ps.setString(6, rc == null ? null : rc.request().getHeader("X-Request-Id"));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the audit log", e);
        }
    }

    /** One page of an organisation's audit log, newest first; the caller must be an admin or its manager. */
    public Page<Entry> list(String organisationId, int page, int size) {
        caller.requireActFor(organisationId);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_event WHERE organisation_id = ?")) {
                ps.setString(1, organisationId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Entry> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT at, subject, roles, action, resource, request_id FROM audit_event "
                    + "WHERE organisation_id = ? ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")) {
                ps.setString(1, organisationId);
                ps.setInt(2, size);
                ps.setLong(3, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String roles = rs.getString(3);
                        items.add(new Entry(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                                roles.isEmpty() ? List.of() : List.of(roles.split(",")), rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return new Page<>(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
    }
}
