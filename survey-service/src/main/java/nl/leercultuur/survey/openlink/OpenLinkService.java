package nl.leercultuur.survey.openlink;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.ratelimit.RateLimiter;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.survey.invitation.InvitationCodes;
import nl.leercultuur.survey.response.Questionnaire;
import nl.leercultuur.survey.response.ResponseService;
import nl.leercultuur.survey.scan.Scan;
import nl.leercultuur.survey.scan.ScanService;
import nl.leercultuur.survey.scan.ScanStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Open links: one shareable link per scan instead of personal codes, for settings where handing out codes is
 * impractical (a poster in the team room). Anyone with the link can answer, so submissions are rate limited per
 * link and per client, and the organiser accepts that one person could answer twice.
 */
@ApplicationScoped
public class OpenLinkService {

    private static final Logger LOG = Logger.getLogger(OpenLinkService.class);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    public static final int DEFAULT_PER_MINUTE = 30;

    public record OpenLinkView(UUID scanId, boolean active, int perMinute, int responses, OffsetDateTime createdAt,
                               String token, String link) {
    }

    private final ScanService scans;
    private final ResponseService responses;
    private final Caller caller;
    private final String respondUrl;
    private final int perClient;
    private final int perClientMinutes;
    private final RateLimiter limiter;

    OpenLinkService(ScanService scans, ResponseService responses, Caller caller, RateLimiter limiter,
                    @ConfigProperty(name = "leercultuur.survey.respond-url", defaultValue = "http://localhost:8080/respond")
                    String respondUrl,
                    @ConfigProperty(name = "leercultuur.survey.open-link.per-client", defaultValue = "10") int perClient,
                    @ConfigProperty(name = "leercultuur.survey.open-link.per-client-minutes", defaultValue = "10")
                    int perClientMinutes) {
        this.scans = scans;
        this.responses = responses;
        this.caller = caller;
        this.limiter = limiter;
        this.respondUrl = respondUrl;
        this.perClient = perClient;
        this.perClientMinutes = perClientMinutes;
    }

    /** Creates the scan's open link, replacing an earlier one; the token is shown only in this answer. */
    @Transactional
    public OpenLinkView create(UUID scanId, Integer perMinute) {
        int rate = perMinute == null ? DEFAULT_PER_MINUTE : perMinute;
        if (rate < 1 || rate > 10_000) {
            throw ProblemException.invalid("perMinute", "must be between 1 and 10000");
        }
        Scan scan = scans.find(scanId);
        caller.requireActFor(scan.organisationId);
        if (scan.status != ScanStatus.DRAFT && scan.status != ScanStatus.OPEN) {
            throw new ProblemException(409, "scan-not-open", "Scan closed", "an open link can only be made for a draft or open scan");
        }
        deactivate(scanId);
        String token = InvitationCodes.generateToken();
        OpenLink l = new OpenLink();
        l.id = UUID.randomUUID();
        l.scanId = scanId;
        l.tokenHash = InvitationCodes.hash(token);
        l.perMinute = rate;
        l.active = true;
        l.createdBy = caller.subject();
        l.createdAt = OffsetDateTime.now();
        l.persist();
        LOG.infof("open link created for scan %s by %s (%d answers per minute)", scanId, l.createdBy, rate);
        return view(l, token);
    }

    @Transactional
    public OpenLinkView get(UUID scanId) {
        Scan scan = scans.find(scanId);
        caller.requireActFor(scan.organisationId);
        OpenLink l = OpenLink.<OpenLink>find("scanId = ?1 and active = true", scanId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("open link of scan", scanId));
        return view(l, null);
    }

    @Transactional
    public void revoke(UUID scanId) {
        Scan scan = scans.find(scanId);
        caller.requireActFor(scan.organisationId);
        if (deactivate(scanId) == 0) {
            throw ProblemException.notFound("open link of scan", scanId);
        }
    }

    @Transactional
    public Questionnaire questionnaire(String token, String lang) {
        return responses.questionnaire(active(token).scanId, lang, null);
    }

    /**
     * Stores one response through the link, unless the link or this client is over its rate. The limits are shared by
     * all replicas (OpenLinkLimits); the limiter commits its buckets in transactions of its own, on its own threads,
     * so a refusal here rolls nothing of theirs back and their connections are not this transaction's.
     */
    @Transactional
    public void submit(String token, String clientKey, String lang, JsonNode answers) {
        OpenLink l = active(token);
        throttle("link:" + l.id, l.perMinute, MINUTE, "this link");
        throttle("client:" + l.id + ":" + clientKey, perClient, MINUTE.multipliedBy(perClientMinutes), "you");
        responses.storeAnonymous(l.scanId, lang, answers);
        OpenLink.update("responses = responses + 1 where id = ?1", l.id);
    }

    private void throttle(String key, int capacity, Duration period, String who) {
        RateLimiter.Decision d = limiter.acquire(key, capacity, period);
        if (!d.allowed()) {
            throw new ProblemException(429, "rate-limited", "Too many answers",
                    "too many answers from " + who + " in a short time; try again in " + d.retryAfterSeconds() + " s")
                    .withHeader("Retry-After", String.valueOf(d.retryAfterSeconds()));
        }
    }

    private static OpenLink active(String token) {
        OpenLink l = token == null || token.length() != 26 ? null
                : OpenLink.<OpenLink>find("tokenHash", InvitationCodes.hash(token)).firstResult();
        if (l == null) {
            throw ProblemException.notFound("open link", token);
        }
        if (!l.active) {
            throw new ProblemException(410, "link-revoked", "Link withdrawn", "the organiser has withdrawn this link");
        }
        return l;
    }

    private static long deactivate(UUID scanId) {
        return OpenLink.update("active = false, revokedAt = ?1 where scanId = ?2 and active = true", OffsetDateTime.now(), scanId);
    }

    private OpenLinkView view(OpenLink l, String token) {
        return new OpenLinkView(l.scanId, l.active, l.perMinute, l.responses, l.createdAt, token,
                token == null ? null : respondUrl + "?link=" + token);
    }
}
