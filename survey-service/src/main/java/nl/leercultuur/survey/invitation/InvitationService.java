package nl.leercultuur.survey.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.survey.scan.Scan;
import nl.leercultuur.survey.scan.ScanService;
import nl.leercultuur.survey.scan.ScanStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InvitationService {

    public static final int MAX_BATCH = 5000;

    public record IssuedCode(String code, String link) {
    }

    public record RevokeResult(int revoked, int notFound, int alreadyUsed) {
    }

    private final ScanService scans;
    private final Caller caller;
    private final String respondUrl;

    InvitationService(ScanService scans, Caller caller,
                      @ConfigProperty(name = "leercultuur.survey.respond-url", defaultValue = "http://localhost:8080/respond")
                      String respondUrl) {
        this.scans = scans;
        this.caller = caller;
        this.respondUrl = respondUrl;
    }

    /** Generates codes; the plain codes exist only in this answer. */
    @Transactional
    public List<IssuedCode> issue(UUID scanId, int count) {
        if (count < 1 || count > MAX_BATCH) {
            throw ProblemException.invalid("count", "must be between 1 and " + MAX_BATCH);
        }
        Scan scan = scans.find(scanId);
        caller.requireActFor(scan.organisationId);
        if (scan.status != ScanStatus.DRAFT && scan.status != ScanStatus.OPEN) {
            throw new ProblemException(409, "scan-not-open", "Scan closed", "codes can only be issued for a draft or open scan");
        }
        List<IssuedCode> out = new ArrayList<>(count);
        OffsetDateTime now = OffsetDateTime.now();
        for (int i = 0; i < count; i++) {
            String code = InvitationCodes.generate();
            Invitation inv = new Invitation();
            inv.id = UUID.randomUUID();
            inv.scanId = scanId;
            inv.codeHash = InvitationCodes.hash(code);
            inv.status = Invitation.ISSUED;
            inv.createdAt = now;
            inv.persist();
            out.add(new IssuedCode(code, respondUrl + "?code=" + code));
        }
        return out;
    }

    @Transactional
    public RevokeResult revoke(UUID scanId, List<String> codes) {
        Scan scan = scans.find(scanId);
        caller.requireActFor(scan.organisationId);
        int revoked = 0;
        int missing = 0;
        int used = 0;
        for (String code : codes) {
            Invitation inv = InvitationCodes.wellFormed(code)
                    ? Invitation.find("codeHash = ?1 and scanId = ?2", InvitationCodes.hash(code), scanId).firstResult() : null;
            if (inv == null) {
                missing++;
            } else if (Invitation.USED.equals(inv.status)) {
                used++;
            } else if (Invitation.ISSUED.equals(inv.status)) {
                inv.status = Invitation.REVOKED;
                revoked++;
            }
        }
        return new RevokeResult(revoked, missing, used);
    }
}
