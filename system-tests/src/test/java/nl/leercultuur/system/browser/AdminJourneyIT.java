package nl.leercultuur.system.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's pages (/beheer) in Chromium: an admin adds an organisation (with the keyboard only), renames it,
 * is told at the name field when the new name is another organisation's, makes it inactive after a confirmation;
 * reads the instrument library and one instrument's questions in Dutch and English; a participant gets the "Geen
 * toegang" page. The organisations list also on a phone. Every page passes axe-core (WCAG 2.1 A/AA).
 */
class AdminJourneyIT {

    static WebStack stack;
    static Browser browser;

    @BeforeAll
    static void start() {
        stack = WebStack.get();
        browser = new Browser(AdminJourneyIT.class, stack.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdministratorManagesOrganisationsAndReadsInstruments() {
        long t0 = System.nanoTime();
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        String name = "Zorggroep Proef " + stamp;
        String renamed = "Zorggroep Proef " + stamp + " Noord";

        Page page = browser.page(Browser.Device.DESKTOP);
        signIn(page, "admin");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Beheer")).click();
        assertThat(page.locator("h1")).hasText("Beheer");
        browser.check(page, "adm-overview-desktop");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de organisaties")).click();
        assertThat(page.locator("h1")).hasText("Organisaties");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Laurens").setExact(true))).isVisible();
        browser.check(page, "adm-organisations-desktop");

        // searching narrows the list while typing (htmx; the address follows); the form also works as a plain GET (phone)
        page.getByLabel("Zoek op naam").fill("laur");
        assertThat(page.locator("#results .count")).hasText("Eén organisatie");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/beheer/organisaties\\?q=laur.*"));

        // the form refuses an empty organisation, saying so at each field
        page.navigate("/beheer/organisaties/nieuw");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
        assertThat(page.locator(".notice.error")).containsText("Controleer de gemarkeerde velden.");
        assertThat(page.locator("#name-error")).hasText("Vul dit veld in.");
        assertThat(page.locator("#sizeClass-error")).hasText("Kies een van de mogelijkheden.");
        browser.check(page, "adm-organisation-add-errors-desktop");

        // adding, with the keyboard only: from the list's "add" link to the organisation's page
        page.navigate("/beheer/organisaties");
        tabTo(page, "a[href='/beheer/organisaties/nieuw']");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Organisatie toevoegen");
        browser.check(page, "adm-organisation-add-desktop");
        tabTo(page, "#name");
        page.keyboard().type(name);
        page.keyboard().press("Tab"); // the code: left empty, made from the name
        page.keyboard().press("Tab"); // the sector
        assertEquals("sector", page.evaluate("() => document.activeElement.id"));
        page.keyboard().type("Ouderenzorg");
        assertEquals("elderly-care", page.locator("#sector").inputValue());
        page.keyboard().press("Tab");
        assertEquals("region", page.evaluate("() => document.activeElement.id"));
        page.keyboard().type("Rotterdam-Rijnmond");
        page.keyboard().press("Escape"); // the datalist's suggestions
        page.keyboard().press("Tab"); // the size: the first radio button of the group
        page.keyboard().press("Space");
        page.keyboard().press("ArrowRight");
        assertTrue(page.locator("input[name=sizeClass][value=medium]").isChecked(), "size chosen with the arrow key");
        page.keyboard().press("Tab");
        assertEquals("Toevoegen", ((String) page.evaluate("() => document.activeElement.textContent")).trim());
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator(".notice.ok")).hasText("Organisatie toegevoegd.");
        assertThat(page.locator("dl.facts")).containsText("Ouderenzorg");
        assertThat(page.locator("dl.facts")).containsText("Middelgroot");
        assertThat(page.locator("dl.facts")).containsText("zorggroep-proef-" + stamp);
        browser.check(page, "adm-organisation-desktop");

        // renaming
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(renamed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.locator("h1")).hasText(renamed);
        assertThat(page.locator(".notice.ok")).hasText("Wijzigingen opgeslagen.");

        // renaming to another organisation's name: said at the name field, nothing changed
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Laurens");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.locator("#name-error")).hasText("Er is al een organisatie met deze naam. Kies een andere naam.");
        assertThat(page.locator("h1")).hasText(renamed);
        assertEquals("Laurens", page.locator("#name").inputValue(), "what was typed stays to be corrected");
        browser.check(page, "adm-organisation-duplicate-desktop");

        // making it inactive, after a confirmation
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Op inactief zetten")).click();
        assertThat(page.locator("h1")).hasText(renamed + " op inactief zetten?");
        browser.check(page, "adm-organisation-deactivate-desktop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, op inactief zetten")).click();
        assertThat(page.locator(".notice.ok")).hasText("De organisatie is nu inactief.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Weer actief maken"))).isVisible();

        // the instrument library and one instrument's questions
        page.navigate("/beheer");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de instrumenten")).click();
        assertThat(page.locator("h1")).hasText("Instrumenten");
        assertTrue(page.locator("ul.instruments > li").count() >= 7, "the seven built-in instruments");
        browser.check(page, "adm-instruments-desktop");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Snelle test psychologische veiligheid")).click();
        assertThat(page.locator("h1")).hasText("Snelle test psychologische veiligheid");
        assertThat(page.locator("section.part h3")).containsText("Psychologische veiligheid");
        assertThat(page.locator("section.part").first()).containsText("In ons team kan ik vertellen wat me bezighoudt.");
        assertEquals(7, page.locator("ol.questions > li").count(), "its seven statements");
        assertThat(page.locator("ol.questions > li").first()).containsText("1 – helemaal oneens");
        browser.check(page, "adm-instrument-desktop");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Engels")).click();
        assertThat(page.locator("section.part").first()).containsText("In our team I can say what is on my mind.");
        assertThat(page.locator("ol.questions > li").first()).containsText("5 – strongly agree");
        browser.check(page, "adm-instrument-en-desktop");
        // retiring asks first; cancelled here (the demo instruments stay as they are)
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Versie 1 intrekken")).click();
        assertThat(page.locator("h1")).hasText("Versie 1 van Snelle test psychologische veiligheid intrekken?");
        browser.check(page, "adm-instrument-retire-desktop");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annuleren")).click();
        assertThat(page.locator("h1")).hasText("Snelle test psychologische veiligheid");
        page.context().close();

        // a participant is not let in
        Page participant = browser.page(Browser.Device.DESKTOP);
        signIn(participant, "participant");
        assertEquals(0, participant.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beheer").setExact(true)).count(),
                "no Beheer in a participant's menu");
        participant.navigate("/beheer");
        assertThat(participant.locator("h1")).hasText("Geen toegang");
        browser.check(participant, "adm-forbidden-desktop");
        participant.navigate("/beheer/organisaties/nieuw");
        assertThat(participant.locator("h1")).hasText("Geen toegang");
        participant.context().close();

        // the organisations list (and the added organisation, and an instrument) on a phone
        Page phone = browser.page(Browser.Device.PHONE);
        signIn(phone, "admin");
        phone.navigate("/beheer/organisaties");
        assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Laurens").setExact(true))).isVisible();
        browser.check(phone, "adm-organisations-phone");
        phone.getByLabel("Zoek op naam").fill(renamed);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(renamed)).click();
        assertThat(phone.locator("h1")).hasText(renamed);
        browser.check(phone, "adm-organisation-phone");
        phone.navigate("/beheer/instrumenten");
        browser.check(phone, "adm-instruments-phone");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Snelle test psychologische veiligheid")).click();
        assertThat(phone.locator("section.part").first()).containsText("In ons team kan ik vertellen wat me bezighoudt.");
        browser.check(phone, "adm-instrument-phone");
        phone.context().close();
        System.out.printf("admin journey: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** From the start page: its "Inloggen" link, Keycloak's form, back on the start page signed in. */
    private static void signIn(Page page, String user) {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).first().click();
        browser.signIn(page, user, stack.demoPassword());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uitloggen"))).isVisible();
    }

    /** Tab (only the keyboard) until the element matching the selector has the focus. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector + " on " + page.url());
    }
}
