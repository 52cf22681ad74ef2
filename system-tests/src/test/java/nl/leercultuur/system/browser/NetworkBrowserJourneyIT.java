package nl.leercultuur.system.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learning network as its facilitator and a participant use it. The facilitator (desktop) finds the network in
 * "Leernetwerken", plans a session (a form sent empty first: each problem next to its field) and starts a theme vote.
 * The participant (on a phone) opens the network and the session, registers, adds an idea and votes on it with the
 * keyboard only — Tab to the button, Enter — and sees the count go to 1 without the page reloading (htmx); votes on the
 * themes; brings a case and moves it to the next action-learning phase. The facilitator records presence from the
 * list of registered participants and marks the session held; the participant then evaluates it. Every page through
 * axe-core, photographed.
 * <p>
 * The network is the journey's own, made through the API as the demo facilitator with the demo participant in it: the
 * demo network that {@code ./stack up} loads names its facilitator and participant by user name ('facilitator',
 * 'participant') where the API compares the token's subject, so neither demo user sees it.
 */
class NetworkBrowserJourneyIT {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final ObjectMapper JSON = new ObjectMapper();

    static WebStack stack;
    static Browser browser;
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String NETWORK = "Browsertest netwerk " + RUN;
    static final String SESSION = "Samen leren op de afdeling " + RUN;
    static final String IDEA = "Leerdoelen op het overdrachtsbord " + RUN;

    @BeforeAll
    static void start() throws Exception {
        stack = WebStack.get();
        browser = new Browser(NetworkBrowserJourneyIT.class, stack.baseUrl());
        String participantSubject = subject(stack.token("participant"));
        String networkId = stack.api("POST", "/api/v1/networks", "facilitator", JSON.writeValueAsString(Map.of(
                "name", NETWORK, "theme", "Leren in de praktijk", "region", "Rotterdam-Rijnmond",
                "description", "Een netwerk van de browsertest: teams leren van elkaar met actieleren.",
                "memberOrganisations", java.util.List.of("laurens")))).path("id").asText();
        stack.api("POST", "/api/v1/networks/" + networkId + "/participants", "facilitator", JSON.writeValueAsString(Map.of(
                "name", "Demo Deelnemer", "organisationId", "laurens", "role", "case-owner", "userSubject", participantSubject)));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aFacilitatorAndAParticipantWorkThroughASession() {
        long t0 = System.nanoTime();

        // --- the facilitator plans a session (desktop) ---
        Page fac = browser.page(Browser.Device.DESKTOP);
        signIn(fac, "facilitator");
        openNetworks(fac);
        browser.check(fac, "network-list-desktop");
        openNetwork(fac);
        assertVisible(fac, "Je begeleidt dit netwerk.");
        assertVisible(fac, "Er zijn geen komende bijeenkomsten gepland.");
        String feed = fac.getByLabel("Agenda-adres (iCal)").inputValue();
        assertTrue(feed.startsWith(stack.baseUrl() + "/api/v1/networks/") && feed.endsWith("/calendar.ics"),
                "the calendar address is a full address: " + feed);
        browser.check(fac, "network-network-desktop");

        fac.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bijeenkomst plannen")).click();
        assertHeading(fac, "Bijeenkomst plannen");
        fac.getByLabel("Nummer van de bijeenkomst").fill("");
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst plannen")).click();
        fac.waitForLoadState(LoadState.LOAD);
        assertTrue(fac.locator("#title-error").innerText().contains("Vul dit in."));
        assertTrue(fac.locator("#starts-error").innerText().contains("Vul een datum en tijd in."));
        assertTrue(fac.locator("#number-error").innerText().contains("Vul een nummer van 1 tot en met 100 in."));
        assertTrue(fac.getByRole(AriaRole.ALERT).innerText().contains("Controleer de gemarkeerde velden."));
        browser.check(fac, "network-plan-errors-desktop");

        LocalDateTime start = LocalDateTime.now(AMSTERDAM).plusHours(2).withSecond(0).withNano(0);
        fac.getByLabel("Nummer van de bijeenkomst").fill("1");
        fac.getByLabel("Titel").fill(SESSION);
        fac.getByLabel("Begint op").fill(start.format(INPUT));
        fac.getByLabel("Eindigt op").fill(start.plusHours(2).plusMinutes(30).format(INPUT));
        fac.getByLabel("Plaats").fill("Zorgcampus Rotterdam");
        fac.getByLabel("Fase van actieleren waar het om draait").selectOption("explore-problem");
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst plannen")).click();
        fac.waitForURL(Pattern.compile(".*/bijeenkomsten/[0-9a-f-]{36}\\?klaar=gepland$"));
        assertHeading(fac, "Bijeenkomst 1: " + SESSION);
        assertVisible(fac, "De bijeenkomst is gepland.");
        assertVisible(fac, "Zorgcampus Rotterdam");
        assertVisible(fac, "Het probleem verkennen");
        String sessionUrl = fac.url().replaceFirst("\\?.*$", "");
        browser.check(fac, "network-session-planned-desktop");

        // a theme vote for the coming sessions
        fac.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar " + NETWORK)).click();
        fac.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Thema's").setExact(true)).fill("Feedback geven\nLeren van incidenten\nWerkplekleren");
        fac.getByLabel("Aantal stemmen per deelnemer").fill("2");
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stemming starten")).click();
        fac.waitForURL(Pattern.compile(".*/themas/[0-9a-f-]{36}\\?klaar=stemming$"));
        assertHeading(fac, "Thema's kiezen");
        assertVisible(fac, "Er heeft nog niemand gestemd.");
        browser.check(fac, "network-themevote-desktop");

        // --- the participant, on a phone ---
        Page me = browser.page(Browser.Device.PHONE);
        signIn(me, "participant");
        openNetworks(me);
        browser.check(me, "network-list-phone");
        Locator card = me.locator("li.net-card").filter(new Locator.FilterOptions().setHasText(NETWORK));
        assertTrue(card.innerText().contains(SESSION), "the list shows the next session: " + card.innerText());
        openNetwork(me);
        assertVisible(me, "Je doet mee als Demo Deelnemer (Laurens).");
        browser.check(me, "network-network-phone");

        me.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stemmen over de thema's")).click();
        assertHeading(me, "Thema's kiezen");
        me.getByLabel("Werkplekleren").check();
        me.getByLabel("Feedback geven").check();
        me.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stem uitbrengen")).click();
        me.waitForLoadState(LoadState.LOAD);
        assertVisible(me, "Je stem is opgeslagen.");
        assertVisible(me, "1 deelnemer heeft gestemd.");
        browser.check(me, "network-themevote-phone");

        me.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar " + NETWORK)).click();
        me.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bijeenkomst 1: " + SESSION)).click();
        assertHeading(me, "Bijeenkomst 1: " + SESSION);
        browser.check(me, "network-session-phone");
        me.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden voor deze bijeenkomst")).click();
        me.waitForLoadState(LoadState.LOAD);
        assertThat(me.getByRole(AriaRole.STATUS).first()).hasText("Je bent aangemeld voor deze bijeenkomst.");

        me.getByLabel("Jouw idee").fill(IDEA);
        me.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Idee toevoegen")).click();
        me.waitForLoadState(LoadState.LOAD);
        assertVisible(me, "Je idee is toegevoegd.");
        Locator idea = me.locator("li.net-idea").filter(new Locator.FilterOptions().setHasText(IDEA));
        assertThat(idea.locator(".net-count")).hasText("0 stemmen");
        browser.check(me, "network-session-registered-phone");

        // the vote with the keyboard only: Tab from the top of the page to the idea's button, Enter
        String button = idea.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stem op dit idee")).getAttribute("id");
        me.evaluate("() => { window.scrollTo(0, 0); document.activeElement && document.activeElement.blur(); window.__sameDocument = true; }");
        int tabs = 0;
        while (!button.equals(me.evaluate("() => document.activeElement && document.activeElement.id")) && tabs < 150) {
            me.keyboard().press("Tab");
            tabs++;
        }
        assertEquals(button, me.evaluate("() => document.activeElement.id"), "reached the vote button with Tab (" + tabs + " presses)");
        String before = me.url();
        me.keyboard().press("Enter");
        assertThat(idea.locator(".net-count")).hasText("1 stem");
        assertThat(idea).containsText("Je hebt op dit idee gestemd");
        assertEquals(Boolean.TRUE, me.evaluate("() => window.__sameDocument === true"), "counted without loading the page again");
        assertEquals(before, me.url());
        assertThat(me.locator("#stem-status")).hasText("Je stem is geteld. Dit idee heeft nu 1 stem.");
        assertEquals(button, me.evaluate("() => document.activeElement && document.activeElement.id"), "focus stays on the idea's vote");
        browser.check(me, "network-session-voted-phone");
        // without JavaScript's enhancement the same vote is a plain form: after a reload the vote still shows as given
        me.reload();
        assertThat(idea.locator(".net-count")).hasText("1 stem");
        assertThat(idea).containsText("Je hebt op dit idee gestemd");

        // my case: bring it, then on to the next phase
        me.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar " + NETWORK)).click();
        me.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar mijn casus")).click();
        assertHeading(me, "Mijn casus");
        browser.check(me, "network-case-new-phone");
        me.getByLabel("Je vraagstuk").fill("Hoe krijgen we leerdoelen van stagiairs besproken in de drukte van de dag?");
        me.getByLabel("Hoe kunnen we …?").fill("Hoe kunnen we elke dienst vijf minuten vrijmaken om te leren?");
        me.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Casus inbrengen")).click();
        me.waitForLoadState(LoadState.LOAD);
        assertVisible(me, "Je casus is ingebracht.");
        assertThat(me.locator("ol.net-phases li[aria-current=step]")).containsText("Klaar voor actieleren");
        assertThat(me.locator("ol.net-phases li[aria-current=step]")).containsText("huidige fase");
        me.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar ‘Het probleem verkennen’")).click();
        me.waitForLoadState(LoadState.LOAD);
        assertThat(me.locator("ol.net-phases li[aria-current=step]")).containsText("Het probleem verkennen");
        assertThat(me.locator("ol.net-phases li").first()).containsText("afgerond");
        me.getByLabel("Hypothese").fill("Een vast leermoment bij de overdracht helpt");
        me.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Canvas opslaan")).click();
        me.waitForLoadState(LoadState.LOAD);
        assertVisible(me, "Het experimentencanvas is opgeslagen.");
        assertThat(me.getByLabel("Hypothese")).hasValue("Een vast leermoment bij de overdracht helpt");
        browser.check(me, "network-case-phone");

        // --- the facilitator: presence from the registered participants, then held ---
        fac.navigate(sessionUrl);
        assertThat(fac.locator("li.net-idea").filter(new Locator.FilterOptions().setHasText(IDEA)).locator(".net-count")).hasText("1 stem");
        Locator registered = fac.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Wie van de aangemelde deelnemers was er?"));
        registered.getByLabel("Demo Deelnemer").check();
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanwezigheid opslaan")).click();
        fac.waitForLoadState(LoadState.LOAD);
        assertVisible(fac, "De aanwezigheid is opgeslagen.");
        Locator laurens = fac.locator("table tbody tr").filter(new Locator.FilterOptions().setHasText("Laurens"));
        assertEquals("Laurens 1 1 0 0", laurens.innerText().replaceAll("\\s+", " ").trim(), "registered 1, present 1");
        assertVisible(fac, "Let op: deze bijeenkomst staat gepland op");
        browser.check(fac, "network-session-presence-desktop");
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markeer als gehouden")).click();
        fac.waitForLoadState(LoadState.LOAD);
        assertVisible(fac, "De bijeenkomst staat nu als gehouden.");
        assertThat(fac.locator(".badge.net-session")).hasText("Gehouden");
        browser.check(fac, "network-session-held-desktop");

        // --- the participant evaluates the held session ---
        me.navigate(sessionUrl);
        me.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(Pattern.compile("Welk cijfer geef je")))
                .getByLabel("8", new Locator.GetByLabelOptions().setExact(true)).check();
        me.getByLabel("Opmerking").fill("Praktisch en goed voorbereid");
        me.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Evaluatie versturen")).click();
        me.waitForLoadState(LoadState.LOAD);
        assertVisible(me, "Dank je voor je evaluatie.");
        assertVisible(me, "1 deelnemer gaf gemiddeld een 8,0.");
        browser.check(me, "network-session-evaluated-phone");

        fac.context().close();
        me.context().close();
        System.out.printf("network journey: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void signIn(Page page, String user) {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).first().click();
        browser.signIn(page, user, stack.demoPassword());
    }

    private static void openNetworks(Page page) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Leernetwerken")).click();
        assertHeading(page, "Mijn leernetwerken");
    }

    /** The journey's network in the list; a stack used for many runs may have put it on a later page. */
    private static void openNetwork(Page page) {
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(NETWORK).setExact(true));
        for (int i = 0; i < 50 && link.count() == 0; i++) {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Volgende")).click();
            page.waitForLoadState(LoadState.LOAD);
        }
        link.click();
        assertHeading(page, NETWORK);
    }

    private static void assertHeading(Page page, String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text);
    }

    private static void assertVisible(Page page, String text) {
        assertThat(page.getByText(text, new Page.GetByTextOptions().setExact(false)).first()).isVisible();
    }

    /** The subject (Keycloak's user id) of an access token, as the API knows the person. */
    static String subject(String token) throws Exception {
        JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        return claims.path("sub").asText();
    }
}
