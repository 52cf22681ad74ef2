package nl.leercultuur.web.scans;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.client.survey.api.InstrumentsApi;
import nl.leercultuur.client.survey.api.ScansApi;
import nl.leercultuur.client.survey.model.InstrumentSummary;
import nl.leercultuur.client.survey.model.PageInstrumentSummary;
import nl.leercultuur.client.survey.model.ScanView;
import nl.leercultuur.web.api.Api;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.api.Gateway;
import nl.leercultuur.web.shell.Shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the scan pages share: who may use them, a scan as they show it, the published instruments. */
@ApplicationScoped
public class ScanAccess {

    private final ScansApi scans;
    private final InstrumentsApi instruments;
    private final Shell shell;

    ScanAccess(Gateway gateway, Shell shell) {
        this.scans = new ScansApi(gateway.survey());
        this.instruments = new InstrumentsApi(gateway.survey());
        this.shell = shell;
    }

    ScansMessages msg() {
        return MessageBundles.get(ScansMessages.class, Localized.Literal.of(shell.lang()));
    }

    /** Org-managers (and admins); anyone else gets the general "no access" page. */
    void requireManager() {
        if (!shell.orgManager()) {
            throw new ApiRefusal(new ApiProblem(403, "forbidden", "", "", Map.of(), Optional.empty()));
        }
    }

    ScanDetail detail(String id) {
        UUID scanId = uuid(id);
        ScanView s = Api.call(() -> scans.getScan(scanId));
        return ScanDetail.of(s, instrumentNames(), msg());
    }

    /** Published instruments' names by key, in the API's order (built-in first). */
    Map<String, String> instrumentNames() {
        Map<String, String> names = new LinkedHashMap<>();
        published().forEach(i -> names.put(i.getKey(), i.getName() == null ? i.getKey() : i.getName()));
        return names;
    }

    List<InstrumentSummary> published() {
        List<InstrumentSummary> all = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            int page = p;
            PageInstrumentSummary result = Api.call(() -> instruments.listInstruments(page, 100));
            if (result.getItems() != null) {
                all.addAll(result.getItems());
            }
            long total = result.getTotal() == null ? 0 : result.getTotal();
            if (all.size() >= total || result.getItems() == null || result.getItems().isEmpty()) {
                break;
            }
        }
        return all.stream().filter(i -> i.getPublishedVersion() != null && i.getKey() != null).toList();
    }

    /** A path segment that is no scan id is a page that does not exist. */
    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiRefusal(new ApiProblem(404, "not-found", "", "", Map.of(), Optional.empty()));
        }
    }
}
