package nl.leercultuur.analytics.overview;

import nl.leercultuur.analytics.benchmark.BenchmarkService;
import nl.leercultuur.analytics.export.Csv;
import nl.leercultuur.analytics.export.Svg;
import nl.leercultuur.analytics.participation.ParticipationService;
import nl.leercultuur.platform.csv.CsvCells;

import java.util.ArrayList;
import java.util.List;

import static nl.leercultuur.analytics.export.Svg.esc;
import static nl.leercultuur.analytics.export.Svg.fmt;
import static nl.leercultuur.analytics.export.Svg.text;

/**
 * The regional overview as CSV (one row per figure, a section column saying which part it belongs to) and as an SVG
 * chart: per instrument a box per dimension (middle half of the organisations, median as a line) and the teams per
 * learning zone in the four quadrants. The CSV carries exactly what the JSON answer carries for the caller (concepts as
 * rows of section "concept", each followed by its "concept-dimension" rows); the chart draws the per-instrument figures
 * and the zones, not the concepts, whose 0-100 positions do not share the instruments' axis.
 */
final class OverviewExports {

    private OverviewExports() {
    }

    static String csv(RegionalOverviewService.RegionalOverview o) {
        return Csv.write(new String[]{"section", "instrument", "key", "name", "status", "organisations", "count",
                "sessions_attended", "median", "q1", "q3", "rate"}, csv -> {
            for (RegionalOverviewService.InstrumentOverview i : o.instruments()) {
                BenchmarkService.Group r = i.responseRate();
                csv.printRecord(CsvCells.of("instrument", i.instrumentKey(), null, null, r.status(), i.organisations(),
                        i.scansClosed(), null, r.median(), r.q1(), r.q3(), null));
                for (BenchmarkService.DimensionSpread d : i.dimensions()) {
                    BenchmarkService.Group g = d.spread();
                    csv.printRecord(CsvCells.of("dimension", i.instrumentKey(), d.key(), d.name(), g.status(), g.organisations(),
                            null, null, g.median(), g.q1(), g.q3(), null));
                }
            }
            for (RegionalOverviewService.ConceptOverview c : o.concepts()) {
                BenchmarkService.Group g = c.spread();
                csv.printRecord(CsvCells.of("concept", null, c.concept(), c.name().nl(), g.status(), c.organisations(),
                        null, null, g.median(), g.q1(), g.q3(), null));
                for (RegionalOverviewService.ConceptMeasure m : c.measuredBy()) {
                    csv.printRecord(CsvCells.of("concept-dimension", m.instrumentKey(), m.dimensionKey(), c.concept(), null,
                            m.organisations(), null, null, null, null, null, null));
                }
            }
            RegionalOverviewService.ZoneCounts z = o.learningZones();
            if (z.teams() == null) {
                csv.printRecord(CsvCells.of("learning-zone", null, null, null, z.status(), z.organisations(), null, null, null,
                        null, null, null));
            } else {
                for (Object[] zone : zones(z)) {
                    csv.printRecord(CsvCells.of("learning-zone", null, zone[0], zone[1], z.status(), z.organisations(), zone[2],
                            null, null, null, null, null));
                }
            }
            RegionalOverviewService.ParticipationOverview p = o.participation();
            csv.printRecord(CsvCells.of("participation", null, "total", null, p.status(), p.organisations(), p.sessions(), null,
                    null, null, null, p.attendanceRate()));
            if (p.byOrganisation() != null) {
                for (ParticipationService.OrganisationAttendance a : p.byOrganisation()) {
                    csv.printRecord(CsvCells.of("participation-organisation", null, a.organisationId(), null, p.status(), null,
                            a.sessions(), a.sessionsAttended(), null, null, null, a.attendanceRate()));
                }
            }
            RegionalOverviewService.FollowUpActivity f = o.followUp();
            csv.printRecord(CsvCells.of("follow-up", null, "scans-with-plan", null, f.status(), f.organisations(), f.scansWithPlan(),
                    null, null, null, null, f.shareWithPlan()));
            if (f.actions() != null) {
                String[] keys = {"planned", "doing", "done", "dropped", "strengths", "short-term", "long-term"};
                int[] counts = {f.actions().planned(), f.actions().doing(), f.actions().done(), f.actions().dropped(),
                        f.improvements().strengths(), f.improvements().shortTerm(), f.improvements().longTerm()};
                for (int k = 0; k < keys.length; k++) {
                    csv.printRecord(CsvCells.of("follow-up", null, keys[k], null, f.status(), f.organisations(), counts[k],
                            null, null, null, null, null));
                }
            }
        });
    }

    /** key, Dutch label, count — in the order of the quadrants drawn. */
    private static List<Object[]> zones(RegionalOverviewService.ZoneCounts z) {
        return List.of(new Object[]{"comfort", "Comfortzone", z.comfort()}, new Object[]{"learning", "Leerzone", z.learning()},
                new Object[]{"apathy", "Apathie", z.apathy()}, new Object[]{"anxiety", "Angstzone", z.anxiety()});
    }

    static String svg(RegionalOverviewService.RegionalOverview o) {
        List<BenchmarkService.DimensionSpread> shown = new ArrayList<>();
        o.instruments().forEach(i -> i.dimensions().stream().filter(d -> d.spread().median() != null).forEach(shown::add));
        double min = shown.stream().mapToDouble(d -> d.spread().q1()).min().orElse(1);
        double max = shown.stream().mapToDouble(d -> d.spread().q3()).max().orElse(5);
        min = Math.floor(min);
        max = Math.max(min + 1, Math.ceil(max));
        int rows = o.instruments().stream().mapToInt(i -> 1 + i.dimensions().size()).sum();
        int left = 260, width = 720, boxArea = width - left - 40, rowH = 28, top = 80;
        int boxesBottom = top + Math.max(1, rows) * rowH;
        int quadTop = boxesBottom + 70, quad = 130;
        int height = quadTop + 2 * quad + 50;
        String where = selection(o.selection());
        StringBuilder s = Svg.header(width, height, "Regio-overzicht" + where);
        s.append(text(20, 30, 18, "bold", "start", "Regio-overzicht" + where));
        s.append(text(20, 52, 12, "normal", "start", "Per dimensie: middelste helft van de organisaties (vlak) en mediaan (streep); "
                + "pas vanaf " + o.minimumOrganisations() + " organisaties"));
        for (int v = (int) min; v <= (int) max; v++) {
            double x = left + boxArea * (v - min) / (max - min);
            s.append("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>".formatted(x, top - 8, x, boxesBottom));
            s.append(text(x, boxesBottom + 16, 11, "normal", "middle", fmt(v)));
        }
        int row = 0;
        for (RegionalOverviewService.InstrumentOverview i : o.instruments()) {
            double y = top + row++ * rowH;
            s.append(text(20, y + 16, 13, "bold", "start", i.instrumentKey() + " (" + i.organisations() + " organisaties, "
                    + i.scansClosed() + " scans)"));
            for (BenchmarkService.DimensionSpread d : i.dimensions()) {
                y = top + row++ * rowH;
                BenchmarkService.Group g = d.spread();
                s.append(text(left - 10, y + 16, 12, "normal", "end", d.name()));
                if (g.median() == null) {
                    s.append(text(left + 6, y + 16, 11, "normal", "start", "onvoldoende gegevens (" + g.organisations()
                            + " organisaties)"));
                    continue;
                }
                double x1 = left + boxArea * (g.q1() - min) / (max - min);
                double x3 = left + boxArea * (g.q3() - min) / (max - min);
                double xm = left + boxArea * (g.median() - min) / (max - min);
                s.append("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"%s\" fill-opacity=\"0.35\"><title>%s</title></rect>"
                        .formatted(x1, y + 3, Math.max(1, x3 - x1), Svg.COLOURS[0], esc(d.name() + ": " + g.q1() + "–" + g.q3()
                                + ", mediaan " + g.median() + " (" + g.organisations() + " organisaties)")));
                s.append("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#222\" stroke-width=\"2\"/>"
                        .formatted(xm, y + 1, xm, y + 23));
            }
        }
        RegionalOverviewService.ZoneCounts z = o.learningZones();
        s.append(text(20, quadTop - 24, 14, "bold", "start", "Teams per leerzone"));
        int qx = left;
        if (z.teams() == null) {
            s.append(text(qx, quadTop + 20, 12, "normal", "start", "onvoldoende gegevens (" + z.organisations()
                    + " organisaties; pas vanaf " + o.minimumOrganisations() + ")"));
        } else {
            List<Object[]> zones = zones(z);
            for (int k = 0; k < zones.size(); k++) {
                double x = qx + (k % 2) * quad;
                double y = quadTop + (k / 2) * quad;
                s.append("<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"%s\" fill-opacity=\"0.25\" stroke=\"#fff\"/>"
                        .formatted(x, y, quad, quad, Svg.COLOURS[(k + 1) % Svg.COLOURS.length]));
                s.append(text(x + quad / 2.0, y + 30, 12, "normal", "middle", (String) zones.get(k)[1]));
                s.append(text(x + quad / 2.0, y + 80, 28, "bold", "middle", String.valueOf(zones.get(k)[2])));
            }
            s.append(text(qx - 10, quadTop + quad / 2.0, 11, "normal", "end", "veiligheid hoog"));
            s.append(text(qx - 10, quadTop + quad * 1.5, 11, "normal", "end", "veiligheid laag"));
            s.append(text(qx + quad / 2.0, quadTop + 2 * quad + 18, 11, "normal", "middle", "ambitie laag"));
            s.append(text(qx + quad * 1.5, quadTop + 2 * quad + 18, 11, "normal", "middle", "ambitie hoog"));
        }
        return s.append("</svg>\n").toString();
    }

    private static String selection(RegionalOverviewService.OverviewSelection sel) {
        List<String> parts = new ArrayList<>();
        if (sel.region() != null) {
            parts.add(sel.region());
        }
        if (sel.sector() != null) {
            parts.add(sel.sector());
        }
        if (sel.from() != null || sel.to() != null) {
            parts.add((sel.from() == null ? "…" : sel.from().toString()) + " t/m " + (sel.to() == null ? "…" : sel.to().toString()));
        }
        return parts.isEmpty() ? "" : " — " + String.join(", ", parts);
    }
}
