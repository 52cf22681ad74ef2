package nl.leercultuur.system.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The org-manager's scans, as a team leader of Laurens uses them: signs in, makes a scan (with the keyboard only),
 * opens it, makes three one-time codes, downloads them as CSV and opens the printable slips with their QR codes;
 * three colleagues answer (through the API, as the answering pages are another journey's); the manager sees the
 * response rate, closes the scan after confirming and finds its results withheld (3 answers, 5 needed), then reads
 * the closed demo scan's results: the profile chart, the learning zone and what to work on with links into the
 * catalogue. The list of scans once more on a phone. Every page through axe-core, photographed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScansJourneyIT {

    static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    static final String ANSWERS = """
            {"language":"nl","answers":{"ps-1":2,"ps-2":6,"ps-3":2,"ps-4":6,"ps-5":3,"ps-6":5,"ps-7":6,
             "amb-1":4,"amb-2":4,"amb-3":5,"amb-4":4}}""";

    static WebStack stack;
    static Browser browser;
    static final String TITLE = "Teamscan journey " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void start() {
        stack = WebStack.get();
        browser = new Browser(ScansJourneyIT.class, stack.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void aManagerRunsAScanFromMakingItToItsResults() throws Exception {
        long t0 = System.nanoTime();
        Page page = browser.page(Browser.Device.DESKTOP);
        signIn(page);

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Scans")).click();
        assertHeading(page, "Scans van je organisatie");
        browser.check(page, "scans-list-desktop");

        // a form sent empty: each problem next to its field
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe scan")).click();
        assertHeading(page, "Nieuwe scan");
        browser.check(page, "scans-new-desktop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaren als concept")).click();
        page.waitForLoadState(LoadState.LOAD);
        assertTrue(page.locator("#instrumentKey-error").innerText().contains("Kies een vragenlijst."));
        assertTrue(page.locator("#title-error").innerText().contains("Geef de scan een titel."));
        assertTrue(page.getByRole(AriaRole.ALERT).innerText().contains("Controleer de gemarkeerde velden."));
        browser.check(page, "scans-new-errors-desktop");

        // the keyboard only: skip link, then the fields in order, Enter sends the form
        page.navigate("/scans/nieuw");
        page.keyboard().press("Tab");
        assertEquals("Naar de inhoud", page.evaluate("() => document.activeElement.textContent.trim()"));
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertFocus(page, "instrumentKey");
        page.keyboard().type("Psychologische v");
        assertEquals("team-psychological-safety", page.locator("#instrumentKey").inputValue(), "chosen by typing its name");
        page.keyboard().press("Tab");
        assertFocus(page, "title");
        page.keyboard().type(TITLE);
        page.keyboard().press("Tab");
        assertFocus(page, "unitLabel");
        page.keyboard().type("Team Journey");
        page.keyboard().press("Tab");
        assertFocus(page, "expectedPopulation");
        page.keyboard().type("12");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/scans/[0-9a-f-]{36}\\?melding=aangemaakt$"));
        assertHeading(page, TITLE);
        assertVisible(page, "De scan is bewaard als concept.");
        assertVisible(page, "Concept");
        browser.check(page, "scans-draft-desktop");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Scan openen")).click();
        page.waitForLoadState(LoadState.LOAD);
        assertVisible(page, "De scan is open: wie een code heeft, kan nu antwoorden.");
        assertVisible(page, "0 van 12 (0%)");
        browser.check(page, "scans-open-desktop");

        page.getByLabel("Aantal codes").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Codes maken")).click();
        assertHeading(page, "3 nieuwe codes");
        assertVisible(page, "Je ziet deze codes maar één keer");
        List<String> codes = page.locator("table.codes tbody td:first-child").allInnerTexts().stream().map(String::trim).toList();
        assertEquals(3, codes.size(), "three codes shown: " + codes);
        codes.forEach(c -> assertTrue(CODE.matcher(c).matches(), c));
        browser.check(page, "scans-codes-desktop");

        Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download als CSV (voor Excel)")).click());
        assertTrue(csv.suggestedFilename().endsWith("-codes.csv"), csv.suggestedFilename());
        List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
        assertEquals("code,link", lines.get(0));
        List<String> codeLines = lines.stream().skip(1).filter(l -> !l.isBlank()).toList();
        assertEquals(3, codeLines.size(), "a line per code: " + lines);
        for (int i = 0; i < 3; i++) {
            String[] cells = codeLines.get(i).split(",");
            assertEquals(codes.get(i), cells[0]);
            assertTrue(cells[1].startsWith("http") && cells[1].endsWith(codes.get(i)), codeLines.get(i));
        }

        Page sheet = page.waitForPopup(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Briefjes afdrukken (opent in een nieuw tabblad)")).click());
        sheet.waitForLoadState(LoadState.LOAD);
        assertHeading(sheet, "Codebriefjes: " + TITLE);
        Locator qrs = sheet.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^QR-code met de link voor code ")));
        assertEquals(3, qrs.count(), "a QR code per slip");
        for (String c : codes) {
            assertEquals(1, sheet.getByText(c, new Page.GetByTextOptions().setExact(true)).count(), "the slip with " + c);
            assertEquals(1, sheet.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR-code met de link voor code " + c)).count());
        }
        assertTrue(sheet.locator("svg[role=img] rect").count() > 3 * 100, "QR codes drawn as rects");
        browser.check(sheet, "scans-print-desktop");
        sheet.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        browser.shot(sheet, "scans-print-paper");
        assertEquals(0, sheet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afdrukken")).count() > 0
                && sheet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afdrukken")).isVisible() ? 1 : 0,
                "on paper only the slips");
        sheet.close();

        // three colleagues answer with their codes
        for (String c : codes) {
            stack.api("POST", "/api/v1/surveys/respond/" + c, null, ANSWERS);
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar " + TITLE)).first().click();
        assertHeading(page, TITLE);
        assertVisible(page, "3 van 12 (25%)");

        // an open link besides the codes: shown once, with its QR code
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open link maken")).click();
        assertHeading(page, "De open link");
        assertTrue(page.getByLabel("Link om te antwoorden").inputValue().contains("link="));
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR-code met de open link"))).isVisible();
        browser.check(page, "scans-openlink-desktop");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar " + TITLE)).first().click();
        assertVisible(page, "Er is een open link.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Scan sluiten")).click();
        assertHeading(page, "Scan sluiten?");
        assertVisible(page, "Voor uitkomsten zijn er minstens 5 nodig: sluit je nu, dan blijven de uitkomsten verborgen.");
        browser.check(page, "scans-close-desktop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, sluit de scan")).click();
        assertHeading(page, "Uitkomsten: " + TITLE);
        assertVisible(page, "De uitkomsten blijven verborgen");
        assertVisible(page, "Er hebben 3 mensen geantwoord, en voor uitkomsten zijn er minstens 5 nodig.");
        browser.check(page, "scans-results-withheld-desktop");

        // the demo scan's results: six answers, above the threshold
        demoResults(page);
        browser.check(page, "scans-results-demo-desktop");
        Download scores = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Scores per onderdeel (CSV)")).click());
        String scoresCsv = Files.readString(scores.path(), StandardCharsets.UTF_8);
        assertTrue(scoresCsv.contains("psychological-safety") && scoresCsv.contains("team-ambition"), scoresCsv);
        page.context().close();
        System.out.printf("ScansJourneyIT desktop journey: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @Test
    @Order(2)
    void theListAndTheResultsOnAPhone() {
        long t0 = System.nanoTime();
        Page page = browser.page(Browser.Device.PHONE);
        signIn(page);
        page.navigate("/scans");
        assertHeading(page, "Scans van je organisatie");
        assertTrue(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).isVisible(),
                "the scan made on the desktop, on top of the list");
        browser.check(page, "scans-list-phone");
        demoResults(page);
        browser.check(page, "scans-results-demo-phone");
        page.context().close();
        System.out.printf("ScansJourneyIT phone: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** The demo scan's results page; the profile comes from analytics a moment after the scan closed. */
    private static void demoResults(Page page) {
        String url = "/scans/" + stack.demoScanId() + "/resultaten";
        page.navigate(url);
        for (int i = 0; i < 30 && page.getByText("worden nog klaargezet").count() > 0; i++) {
            page.waitForTimeout(1000);
            page.navigate(url);
        }
        assertHeading(page, "Uitkomsten: Teamscan psychologische veiligheid (demo)");
        assertVisible(page, "6 van 8 (75%)");
        assertTrue(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^Gemiddelde per onderdeel"))).isVisible(),
                "the profile chart");
        assertTrue(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^Leerzones: jullie team staat in de "))).isVisible(),
                "the learning-zone quadrant");
        assertTrue(page.getByText(Pattern.compile("^Jullie team staat in de \\w+zone: psychologische veiligheid \\d,\\d")).isVisible(),
                "the zone and the numbers in words");
        Locator work = page.locator("section", new Page.LocatorOptions().setHas(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Waar je het eerst aan kunt werken"))));
        assertEquals(2, work.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(3)).count(), "the two weakest parts");
        Locator resources = work.locator("a[href^='/catalogus/']");
        assertTrue(resources.count() >= 1, "recommended entries link into the catalogue");
        assertTrue(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Verloop")).isVisible());
    }

    private static void signIn(Page page) {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).first().click();
        browser.signIn(page, "manager", stack.demoPassword());
    }

    private static void assertHeading(Page page, String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text);
    }

    private static void assertVisible(Page page, String text) {
        assertThat(page.getByText(text, new Page.GetByTextOptions().setExact(false)).first()).isVisible();
    }

    private static void assertFocus(Page page, String id) {
        assertEquals(id, page.evaluate("() => document.activeElement && document.activeElement.id"), "focus on #" + id);
    }
}
