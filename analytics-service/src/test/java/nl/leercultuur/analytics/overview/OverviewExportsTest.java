package nl.leercultuur.analytics.overview;

import nl.leercultuur.analytics.benchmark.BenchmarkService;
import nl.leercultuur.contracts.events.Concepts;
import nl.leercultuur.analytics.followup.ActionPlans;
import nl.leercultuur.analytics.participation.ParticipationService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overview's CSV and SVG carry what the answer carries, for a full answer, a thin one and an empty one. */
class OverviewExportsTest {

    static final BenchmarkService.Group NONE = new BenchmarkService.Group("insufficient-data", 3, null, null, null, null);

    static RegionalOverviewService.RegionalOverview full() {
        BenchmarkService.Group safety = new BenchmarkService.Group("ok", 6, 3.75, 3.125, 4.375, null);
        return new RegionalOverviewService.RegionalOverview(
                new RegionalOverviewService.OverviewSelection("Rotterdam-Rijnmond", null, LocalDate.parse("2026-01-01"), null), 5, 6, 8,
                List.of(new RegionalOverviewService.InstrumentOverview("team-psychological-safety", 6, 8,
                        new BenchmarkService.Group("ok", 6, 0.6, 0.45, 0.75, null),
                        List.of(new BenchmarkService.DimensionSpread("psychological-safety", "Psychologische veiligheid", safety),
                                new BenchmarkService.DimensionSpread("team-ambition", "Teamambitie <&>", NONE)))),
                List.of(new RegionalOverviewService.ConceptOverview("psychological-safety",
                        new Concepts.Text("Psychologische veiligheid", "Psychological safety"),
                        List.of(new RegionalOverviewService.ConceptMeasure("learning-culture-carriers", "room-and-safety", 3),
                                new RegionalOverviewService.ConceptMeasure("team-psychological-safety", "psychological-safety", 6)),
                        7, new BenchmarkService.Group("ok", 7, 62.5, 50.0, 80.0, null))),
                new RegionalOverviewService.ZoneCounts("ok", 6, 7, 2, 2, 2, 1),
                new RegionalOverviewService.ParticipationOverview("ok", 1, 2, 0.875,
                        List.of(new ParticipationService.OrganisationAttendance("=laurens", 2, 2, 0.875))),
                new RegionalOverviewService.FollowUpActivity("ok", 6, 8, 2, 0.25, new ActionPlans.Improvements(4, 3, 2),
                        new ActionPlans.Actions(3, 2, 4, 1)));
    }

    static RegionalOverviewService.RegionalOverview empty() {
        return new RegionalOverviewService.RegionalOverview(new RegionalOverviewService.OverviewSelection(null, null, null, null), 5, 0, 0,
                List.of(), List.of(), new RegionalOverviewService.ZoneCounts("insufficient-data", 0, null, null, null, null, null),
                new RegionalOverviewService.ParticipationOverview("insufficient-data", 0, null, null, null),
                new RegionalOverviewService.FollowUpActivity("insufficient-data", 0, 0, null, null, null, null));
    }

    static List<CSVRecord> rows(String csv) throws Exception {
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            return p.getRecords();
        }
    }

    static List<String> texts(String svg) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(svg)));
        assertEquals("img", doc.getDocumentElement().getAttribute("role"));
        org.w3c.dom.NodeList t = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.getLength(); i++) {
            out.add(t.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void aFullOverviewOneRowPerFigure() throws Exception {
        List<CSVRecord> rows = rows(OverviewExports.csv(full()));
        assertEquals(List.of("instrument", "dimension", "dimension", "concept", "concept-dimension", "concept-dimension", "learning-zone", "learning-zone", "learning-zone", "learning-zone",
                        "participation", "participation-organisation", "follow-up", "follow-up", "follow-up", "follow-up", "follow-up",
                        "follow-up", "follow-up", "follow-up"),
                rows.stream().map(r -> r.get("section")).toList());
        assertEquals("0.6", rows.get(0).get("median"));
        assertEquals("insufficient-data", rows.get(2).get("status"));
        assertEquals("", rows.get(2).get("median"));
        assertEquals("psychological-safety", rows.get(3).get("key"));
        assertEquals("Psychologische veiligheid", rows.get(3).get("name"));
        assertEquals("62.5", rows.get(3).get("median"));
        assertEquals("7", rows.get(3).get("organisations"));
        assertEquals("learning-culture-carriers", rows.get(4).get("instrument"));
        assertEquals("room-and-safety", rows.get(4).get("key"));
        assertEquals("psychological-safety", rows.get(4).get("name"));
        assertEquals("'=laurens", rows.get(11).get("key"), "a cell a spreadsheet would run is written as text");
        assertEquals("0.25", rows.get(12).get("rate"));
        assertEquals("4", rows.stream().filter(r -> r.get("key").equals("done")).findFirst().orElseThrow().get("count"));
    }

    @Test
    void theChartShowsBoxesOnlyWhereThereAreFiguresAndTheZones() throws Exception {
        String svg = OverviewExports.svg(full());
        List<String> labels = texts(svg);
        assertTrue(labels.contains("Psychologische veiligheid") && labels.contains("Teamambitie <&>"), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("onvoldoende gegevens (3")), labels.toString());
        assertTrue(labels.containsAll(List.of("Leerzone", "Comfortzone", "Angstzone", "Apathie", "2", "1")), labels.toString());
        assertEquals(1, svg.split("fill-opacity=\"0.35\"", -1).length - 1, "one box: the dimension with figures");
    }

    @Test
    void anEmptyOverviewIsAnEmptyChartAndNoFigures() throws Exception {
        List<CSVRecord> rows = rows(OverviewExports.csv(empty()));
        assertEquals(List.of("learning-zone", "participation", "follow-up"), rows.stream().map(r -> r.get("section")).toList());
        List<String> labels = texts(OverviewExports.svg(empty()));
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("onvoldoende gegevens (0 organisaties")), labels.toString());
        assertFalse(labels.contains("Leerzone"));
    }
}
