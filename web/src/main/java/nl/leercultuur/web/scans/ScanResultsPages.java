package nl.leercultuur.web.scans;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.client.analytics.api.OrganisationsApi;
import nl.leercultuur.client.analytics.api.RegionApi;
import nl.leercultuur.client.analytics.api.ScanProfilesApi;
import nl.leercultuur.client.analytics.model.Change;
import nl.leercultuur.client.analytics.model.DimensionBenchmark;
import nl.leercultuur.client.analytics.model.DimensionProfile;
import nl.leercultuur.client.analytics.model.Group;
import nl.leercultuur.client.analytics.model.Placement;
import nl.leercultuur.client.analytics.model.Point;
import nl.leercultuur.client.analytics.model.RegionBenchmark;
import nl.leercultuur.client.analytics.model.ScanProfile;
import nl.leercultuur.client.analytics.model.Trend;
import nl.leercultuur.client.survey.api.FollowUpApi;
import nl.leercultuur.client.survey.api.ScansApi;
import nl.leercultuur.client.survey.model.CatalogEntry;
import nl.leercultuur.client.survey.model.DimensionScore;
import nl.leercultuur.client.survey.model.ScanResults;
import nl.leercultuur.client.survey.model.Suggestions;
import nl.leercultuur.client.survey.model.WeakDimension;
import nl.leercultuur.web.api.Api;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.api.Gateway;
import nl.leercultuur.web.shell.Formats;
import nl.leercultuur.web.shell.Shell;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The results of a closed scan: the dimension scores (survey-service: there the moment the scan closes), the profile
 * against the region and the learning zone (analytics-service's profile, built from the scan-completed event a
 * moment later), the trend of the team's scans, the two weakest dimensions with what the catalogue offers for them,
 * and the CSV files. Results below the anonymity threshold are withheld by the API; the page says why, in numbers.
 */
@Path("/scans/{id}/resultaten")
@Produces(MediaType.TEXT_HTML)
public class ScanResultsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(ScanDetail s, Results r);
    }

    /** Everything the results page shows; pieces that are not there are null or empty and the page says why. */
    public record Results(boolean ready, boolean suppressed, int responses, int threshold, String overall,
                          List<DimensionRow> dimensions, boolean profilePending, ProfileChart chart, String chartTitle,
                          String scale, String regionNote, boolean regionShown, ZoneView zone, TrendView trend,
                          List<WeakView> weakest, String suggestionsNote, List<String> openAnswers) {
    }

    /** A dimension's row in the table beside the chart. */
    public record DimensionRow(String name, boolean withheld, String mean, String favourable, String n, String regionMedian) {
    }

    public record ZoneView(ZoneChart chart, String zoneLabel, String explanation, String summary, String chartTitle) {
    }

    public record TrendView(TrendChart chart, List<TrendRow> rows, List<ChangeRow> changes, String chartTitle) {
    }

    public record TrendRow(OffsetDateTime closedAt, String responses, String index, boolean current) {
    }

    public record ChangeRow(String name, String baseline, String latest, String difference, String verdict) {
    }

    public record WeakView(String name, String mean, String favourable, List<EntryView> entries) {
    }

    public record EntryView(String id, String title, String kind, String byline, String summary) {
    }

    private final ScansApi scans;
    private final FollowUpApi followUp;
    private final ScanProfilesApi profiles;
    private final OrganisationsApi organisations;
    private final RegionApi region;
    private final ScanAccess access;
    private final Gateway gateway;
    private final Shell shell;

    ScanResultsPages(Gateway gateway, Shell shell, ScanAccess access) {
        this.scans = new ScansApi(gateway.survey());
        this.followUp = new FollowUpApi(gateway.survey());
        this.profiles = new ScanProfilesApi(gateway.analytics());
        this.organisations = new OrganisationsApi(gateway.analytics());
        this.region = new RegionApi(gateway.analytics());
        this.access = access;
        this.gateway = gateway;
        this.shell = shell;
    }

    private ScansMessages msg() {
        return access.msg();
    }

    @GET
    public Response results(@PathParam("id") String id) {
        access.requireManager();
        ScanDetail s = access.detail(id);
        ScansMessages m = msg();
        Locale l = shell.locale();
        if (!s.closed()) {
            Results none = new Results(false, false, s.rate().responses(), s.threshold(), "", List.of(), false, null, "", "",
                    "", false, null, null, List.of(), null, List.of());
            return page(Templates.results(s, none));
        }
        UUID scanId = UUID.fromString(s.id());
        ScanResults results = Api.call(() -> scans.getScanResults(scanId));
        int responses = results.getResponseCount() == null ? s.rate().responses() : results.getResponseCount();
        int threshold = results.getAnonymityThreshold() == null ? s.threshold() : results.getAnonymityThreshold();
        if (Boolean.TRUE.equals(results.getSuppressed())) {
            Results withheld = new Results(true, true, responses, threshold, "", List.of(), false, null, "", "", "", false,
                    null, null, List.of(), null, List.of());
            return page(Templates.results(s, withheld));
        }

        ScanProfile profile = optional(() -> profiles.profile(scanId));
        Map<String, Group> regionByKey = new LinkedHashMap<>();
        if (profile != null && profile.getBenchmark() != null) {
            for (DimensionBenchmark b : profile.getBenchmark()) {
                if (b.getKey() != null && b.getRegion() != null) {
                    regionByKey.put(b.getKey(), b.getRegion());
                }
            }
        }
        List<DimensionRow> rows = new ArrayList<>();
        for (DimensionScore d : results.getDimensions() == null ? List.<DimensionScore>of() : results.getDimensions()) {
            boolean withheld = Boolean.TRUE.equals(d.getSuppressed()) || d.getMean() == null;
            Group g = regionByKey.get(d.getKey());
            rows.add(new DimensionRow(d.getName(), withheld, withheld ? "" : Num.dec(d.getMean(), 1, l),
                    withheld ? "" : Num.percent(d.getFavourableShare(), l), d.getN() == null ? "" : String.valueOf(d.getN()),
                    shown(g) ? Num.dec(g.getMedian(), 1, l) : ""));
        }
        boolean regionShown = regionByKey.values().stream().anyMatch(ScanResultsPages::shown);

        ProfileChart chart = null;
        String chartTitle = "", scale = "", regionNote = "";
        ZoneView zone = null;
        TrendView trend = null;
        if (profile != null && profile.getDimensions() != null && !profile.getDimensions().isEmpty()) {
            List<DimensionProfile> dims = profile.getDimensions().stream().filter(d -> d.getMean() != null).toList();
            double min = dims.stream().map(DimensionProfile::getScaleMin).filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).min().orElse(1);
            double max = dims.stream().map(DimensionProfile::getScaleMax).filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(5);
            if (!dims.isEmpty() && max > min) {
                List<ProfileChart.Bar> bars = dims.stream().map(d -> {
                    Group g = regionByKey.get(d.getKey());
                    boolean show = shown(g);
                    return new ProfileChart.Bar(m.chart_bar_label(d.getName(), Num.dec(d.getMean(), 1, l)), d.getMean().doubleValue(),
                            show ? g.getQ1() : null, show ? g.getMedian() : null, show ? g.getQ3() : null);
                }).toList();
                chart = ProfileChart.of(bars, min, max);
                scale = m.scale(Num.dec(min, 0, l), Num.dec(max, 0, l));
                chartTitle = m.profile_chart_title(s.title(), scale);
            }
            if (!regionShown) {
                regionNote = regionNote(regionByKey, s.instrumentKey(), m);
            }
            zone = zone(profile.getLearningZone(), dims, min, max, m, l);
            trend = trend(s, profile, min, max, m, l);
        }

        List<WeakView> weakest = new ArrayList<>();
        String suggestionsNote = null;
        Suggestions suggestions = optional(() -> followUp.getFollowUpSuggestions(scanId));
        if (suggestions == null) {
            suggestionsNote = m.suggestions_unavailable();
        } else {
            weakest = weakest(suggestions, m, l);
            if (Boolean.TRUE.equals(suggestions.getPartial())) {
                suggestionsNote = m.suggestions_unavailable();
            }
        }
        Results r = new Results(true, false, responses, threshold, Num.dec(results.getOverallIndex(), 1, l), rows,
                profile == null, chart, chartTitle, scale, regionNote, regionShown, zone, trend, weakest, suggestionsNote,
                results.getOpenAnswers() == null ? List.of() : results.getOpenAnswers());
        return page(Templates.results(s, r));
    }

    @GET
    @Path("scores.csv")
    @Produces("text/csv")
    public Response scoresCsv(@PathParam("id") String id) {
        access.requireManager();
        ScanDetail s = access.detail(id);
        return ApiDownload.get(gateway, "/api/v1/surveys/scans/" + s.id() + "/results.csv", "text/csv",
                Codes.fileName(s.title(), "-scores.csv"));
    }

    @GET
    @Path("profiel.csv")
    @Produces("text/csv")
    public Response profileCsv(@PathParam("id") String id) {
        access.requireManager();
        ScanDetail s = access.detail(id);
        return ApiDownload.get(gateway, "/api/v1/analytics/scans/" + s.id() + "/profile.csv", "text/csv",
                Codes.fileName(s.title(), "-profiel.csv"));
    }

    // --- the pieces ---

    private ZoneView zone(Placement p, List<DimensionProfile> dims, double min, double max, ScansMessages m, Locale l) {
        if (p == null || p.getSafety() == null || p.getAmbition() == null || p.getCutOff() == null) {
            return null;
        }
        ZoneChart chart = ZoneChart.of(p.getSafety().doubleValue(), p.getAmbition().doubleValue(), p.getCutOff().doubleValue(),
                min, max, z -> capitalised(zoneLabel(z, m), l));
        // the API's own placement wins where it says something (it is the rule of record)
        String zone = p.getZone() == null ? chart.zone() : p.getZone().getValue();
        String label = zoneLabel(zone, m);
        String summary = m.zone_summary(label, Num.dec(p.getSafety(), 1, l), Num.dec(p.getAmbition(), 1, l),
                Num.dec(p.getCutOff(), 1, l));
        return new ZoneView(chart, capitalised(label, l), zoneText(zone, m), summary, m.zone_chart_title(label));
    }

    private TrendView trend(ScanDetail s, ScanProfile profile, double min, double max, ScansMessages m, Locale l) {
        Trend t = optional(() -> organisations.trend(s.organisationId(), s.instrumentKey(), s.unit()));
        if (t == null || t.getSeries() == null || t.getSeries().isEmpty()) {
            return null;
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", l);
        List<TrendRow> rows = new ArrayList<>();
        List<TrendChart.Value> values = new ArrayList<>();
        for (Point p : t.getSeries()) {
            boolean hidden = Boolean.TRUE.equals(p.getSuppressed()) || p.getOverallIndex() == null;
            String index = hidden ? m.trend_withheld() : Num.dec(p.getOverallIndex(), 1, l);
            rows.add(new TrendRow(p.getClosedAt(), p.getResponseCount() == null ? "" : String.valueOf(p.getResponseCount()),
                    index, Objects.equals(String.valueOf(p.getScanId()), s.id())));
            String label = p.getClosedAt() == null ? "" : p.getClosedAt().atZoneSameInstant(Formats.AMSTERDAM).format(day);
            values.add(new TrendChart.Value(label, hidden ? null : p.getOverallIndex().doubleValue(), index));
        }
        List<ChangeRow> changes = new ArrayList<>();
        for (Change c : t.getChanges() == null ? List.<Change>of() : t.getChanges()) {
            boolean compared = !Boolean.FALSE.equals(c.getCompared()) && c.getDifference() != null;
            String verdict = !compared ? m.change_not_compared()
                    : Boolean.TRUE.equals(c.getMeaningful()) ? (c.getDifference() > 0 ? m.change_up() : m.change_down())
                    : m.change_none();
            changes.add(new ChangeRow(c.getName(), Num.dec(c.getBaselineMean(), 1, l), Num.dec(c.getLatestMean(), 1, l),
                    compared ? signed(c.getDifference(), l) : "", verdict));
        }
        TrendChart chart = TrendChart.of(values, min, max);
        return new TrendView(chart, rows, changes, m.trend_chart_title(s.unit() == null ? s.organisationName() : s.unit()));
    }

    private List<WeakView> weakest(Suggestions s, ScansMessages m, Locale l) {
        List<WeakDimension> dims = s.getDimensions() == null ? List.of() : s.getDimensions();
        List<CatalogEntry> entries = s.getEntries() == null ? List.of() : s.getEntries();
        Map<String, List<EntryView>> byDimension = new LinkedHashMap<>();
        dims.forEach(d -> byDimension.put(d.getKey(), new ArrayList<>()));
        for (CatalogEntry e : entries) {
            // each entry once: under the weakest dimension it names, else (found through the shared concept) the weakest
            String key = dims.stream().map(WeakDimension::getKey)
                    .filter(k -> e.getDimensionKeys() != null && e.getDimensionKeys().contains(k)).findFirst()
                    .orElse(dims.isEmpty() ? null : dims.get(0).getKey());
            if (key != null && e.getId() != null) {
                byDimension.get(key).add(new EntryView(e.getId().toString(), e.getTitle(), kind(e.getKind(), m), byline(e),
                        e.getSummary()));
            }
        }
        return dims.stream().map(d -> new WeakView(d.getName(), Num.dec(d.getMean(), 1, l),
                Num.percent(d.getFavourableShare(), l), byDimension.get(d.getKey()))).toList();
    }

    private String regionNote(Map<String, Group> regionByKey, String instrumentKey, ScansMessages m) {
        int organisations = regionByKey.values().stream().map(Group::getOrganisations).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(0);
        RegionBenchmark b = optional(() -> region.getRegionBenchmark(instrumentKey));
        int minimum = b == null || b.getMinimumOrganisations() == null ? 5 : b.getMinimumOrganisations();
        return m.region_insufficient(organisations, minimum);
    }

    static boolean shown(Group g) {
        return g != null && "ok".equals(g.getStatus()) && g.getMedian() != null && g.getQ1() != null && g.getQ3() != null;
    }

    static String zoneLabel(String zone, ScansMessages m) {
        return switch (zone) {
            case ZoneChart.LEARNING -> m.zone_LEARNING();
            case ZoneChart.COMFORT -> m.zone_COMFORT();
            case ZoneChart.ANXIETY -> m.zone_ANXIETY();
            default -> m.zone_APATHY();
        };
    }

    static String capitalised(String s, Locale l) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toUpperCase(l) + s.substring(1);
    }

    static String zoneText(String zone, ScansMessages m) {
        return switch (zone) {
            case ZoneChart.LEARNING -> m.zone_text_LEARNING();
            case ZoneChart.COMFORT -> m.zone_text_COMFORT();
            case ZoneChart.ANXIETY -> m.zone_text_ANXIETY();
            default -> m.zone_text_APATHY();
        };
    }

    static String kind(String kind, ScansMessages m) {
        return switch (kind == null ? "" : kind) {
            case "book" -> m.kind_book();
            case "article" -> m.kind_article();
            case "podcast" -> m.kind_podcast();
            case "video" -> m.kind_video();
            case "website" -> m.kind_website();
            case "good-practice", "best-practice" -> m.kind_good_practice();
            case "learning-activity" -> m.kind_learning_activity();
            case "instrument-description" -> m.kind_instrument();
            case "toolkit" -> m.kind_toolkit();
            default -> kind == null ? "" : kind;
        };
    }

    private static String byline(CatalogEntry e) {
        List<String> parts = new ArrayList<>();
        if (e.getAuthors() != null && !e.getAuthors().isBlank()) {
            parts.add(e.getAuthors());
        }
        if (e.getYear() != null) {
            parts.add(String.valueOf(e.getYear()));
        }
        return String.join(", ", parts);
    }

    private static String signed(Double v, Locale l) {
        String s = Num.dec(v, 1, l);
        return v > 0 ? "+" + s : s.replace("-", "−");
    }

    /** An answer that the page can do without: analytics still busy with the event, or away for a moment. */
    private static <T> T optional(Api.Call<T> call) {
        try {
            return Api.call(call);
        } catch (ApiRefusal e) {
            if (e.problem().status() == 401) {
                throw e;
            }
            return null;
        }
    }

    private Response page(TemplateInstance t) {
        return shell.respond(200, t);
    }
}
